package sunshine.requests;

/** The letters a request produces (PDF and Word); labels are {@code requests.notice.*.title}. */
public enum NoticeKind {

	/** 登记回执: acknowledges receipt, with the receipt day and the due date. */
	RECEIPT,
	/** 补正告知书 (第三十条): what to supplement and by when, given once. */
	CORRECTION,
	/** 延期答复告知书 (第三十三条第二款): the new due date and who approved it. */
	EXTENSION,
	/** 征求第三方意见书 (第三十二条): asks the third party to answer within 15 working days. */
	CONSULTATION,
	/** 政府信息公开申请答复书 (第三十六条), worded after the outcome's family. */
	ANSWER,
	/** 收费通知书 (国办函〔2020〕109号): amount, basis and the payment window. */
	FEE;

	/** Whether the request has reached the point where this letter exists. */
	public boolean appliesTo(DisclosureRequest request) {
		return switch (this) {
			case RECEIPT -> true;
			case CORRECTION -> request.getCorrectionRequestedOn() != null;
			case EXTENSION -> request.getExtensionDays() != null;
			case CONSULTATION -> request.getClockStops().stream().anyMatch(s -> s.getKind() == PauseKind.THIRD_PARTY);
			case ANSWER -> request.getOutcome() != null;
			case FEE -> request.getFeeNotifiedOn() != null;
		};
	}

	/** Whether the applicant may download it by tracking code (the consultation letter goes to the third party). */
	public boolean forApplicant() {
		return this != CONSULTATION;
	}

	/** The letter's file name without extension, e.g. {@code XF…-answer}. */
	public String fileName(String trackingCode) {
		return trackingCode + "-" + name().toLowerCase(java.util.Locale.ROOT);
	}
}
