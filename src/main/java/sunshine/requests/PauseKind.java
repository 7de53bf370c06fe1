package sunshine.requests;

/** Why the statutory clock stands still for a while: the time is not counted (第三十三条第三款). */
public enum PauseKind {

	/** 征求第三方意见 — 第三十二条: the third party answers within 15 working days. */
	THIRD_PARTY,

	/** 征求其他机关意见 — 第三十四条: the consulted agency answers within 15 working days. */
	OTHER_AGENCY,

	/** 缴费期间 — the payment window of a fee notice (see {@link ProcessingFee}). */
	FEE_PAYMENT;

	/** Whether this is a consultation (第三十二条、第三十四条). */
	public boolean isConsultation() {
		return this != FEE_PAYMENT;
	}
}
