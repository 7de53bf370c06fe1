package sunshine.requests;

/**
 * A remedy against the handling of a request — 《政府信息公开条例》第五十一条 — as section 四 of
 * the annual report counts it (and section 六 of the 2008 table for complaints).
 */
public enum RemedyKind {

	/** 行政复议. */
	RECONSIDERATION,
	/** 行政诉讼, 未经复议直接起诉. */
	LITIGATION_DIRECT,
	/** 行政诉讼, 复议后起诉. */
	LITIGATION_AFTER_RECONSIDERATION,
	/** 举报投诉 to the higher agency or the 主管部门. */
	COMPLAINT
}
