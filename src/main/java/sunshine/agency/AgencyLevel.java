package sunshine.agency;

/** Where an agency stands in the administrative hierarchy. */
public enum AgencyLevel {
	/** 省级 (autonomous region). */
	PROVINCE,
	/** 市级 (prefecture-level city). */
	CITY,
	/** 县级 (county, district or county-level city). */
	COUNTY
}
