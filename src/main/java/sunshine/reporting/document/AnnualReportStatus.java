package sunshine.reporting.document;

/** Where an annual report document stands on its way to the portal. */
public enum AnnualReportStatus {

	/** Drafted from the table and being edited by the report editor (年报编辑); every save is a version. */
	DRAFT,

	/** Submitted for review; no longer editable until the signing leader returns it. */
	IN_REVIEW,

	/** Signed off by the signing leader (签发领导); ready to publish, text frozen. */
	SIGNED,

	/** Published to the portal's 信息公开年报 column (/reports); the table is frozen with it. */
	PUBLISHED
}
