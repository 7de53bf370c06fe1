package sunshine.reporting.imports;

/** What a reviewer decided about a finding in an imported report. */
public enum FindingStatus {

	/** Not looked at yet. */
	OPEN,

	/** The reviewer agrees: the published report is wrong here. */
	CONFIRMED,

	/** The reviewer disagrees (the prose counts something else on purpose, an extraction artefact…); a reason is kept. */
	DISMISSED
}
