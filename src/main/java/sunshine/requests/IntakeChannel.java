package sunshine.requests;

/**
 * How an application reached the agency. The basic channels 当面提交 and 邮政寄送 may never be
 * refused; online, fax and e-mail are optional (国办公开办函〔2017〕19号). Each channel fixes the
 * receipt date differently ({@link ReceiptDateRule}) and maps to a row of the 2008 table's
 * 收到申请数 (S3_1_1 当面, S3_1_2 传真, S3_1_3 网络, S3_1_4 信函).
 */
public enum IntakeChannel {

	/** 在线申请: the public form or the JSON API of the portal. */
	ONLINE("S3_1_3"),
	/** 当面提交. */
	IN_PERSON("S3_1_1"),
	/** 信函 with signature (挂号信、EMS): received when the agency signs for it. */
	REGISTERED_MAIL("S3_1_4"),
	/** 平常信函: received on the day the office confirms it with the applicant. */
	ORDINARY_MAIL("S3_1_4"),
	/** 传真 to the disclosure office. */
	FAX("S3_1_2"),
	/** 电子邮件 to the published mailbox (an internet channel). */
	EMAIL("S3_1_3");

	private final String row2008;

	IntakeChannel(String row2008) {
		this.row2008 = row2008;
	}

	/** The 2008-era statistics row (S3_1_1 … S3_1_4) this channel is counted under. */
	public String row2008() {
		return row2008;
	}

	/** Channels staff register (everything but the online form). */
	public static IntakeChannel[] staffChannels() {
		return new IntakeChannel[] { IN_PERSON, REGISTERED_MAIL, ORDINARY_MAIL, FAX, EMAIL };
	}
}
