package sunshine.requests;

/** Where a {@link DisclosureRequest} stands. */
public enum RequestStatus {

	/** 已登记: received (第三十一条), the clock runs; not yet taken into processing. */
	RECEIVED,

	/** 待补正: a 补正告知书 was sent (第三十条); the clock waits for the supplemented application. */
	CORRECTION_REQUESTED,

	/** 办理中: being handled, the clock runs. */
	IN_PROGRESS,

	/** 征求意见中: a third party (第三十二条) or another agency (第三十四条) is consulted; the clock is paused. */
	IN_CONSULTATION,

	/** 待缴费: a 收费通知 was sent; the applicant has 20 working days to pay; the clock is paused. */
	AWAITING_PAYMENT,

	/** 待审核: the handler drafted the answer; the reviewer checks it (the clock runs). */
	ANSWER_DRAFTED,

	/** 待签发: the reviewer approved the draft; the signing leader signs and issues it (the clock runs). */
	ANSWER_APPROVED,

	/** 已办结: answered with an {@link Outcome} (or ended by a lapsed period that yields one). */
	CONCLUDED,

	/** 已归档: concluded and filed; nothing changes any more. */
	CLOSED,

	/** 已撤回: the applicant withdrew; counted under （六）3 其他. */
	WITHDRAWN;

	/** The states in which the statutory clock still matters (not concluded, closed or withdrawn). */
	public static final java.util.Set<RequestStatus> OPEN = java.util.Collections.unmodifiableSet(java.util.EnumSet.of(
			RECEIVED, CORRECTION_REQUESTED, IN_PROGRESS, IN_CONSULTATION, AWAITING_PAYMENT, ANSWER_DRAFTED, ANSWER_APPROVED));

	/** Whether the statutory clock still matters (not concluded, closed or withdrawn). */
	public boolean isOpen() {
		return OPEN.contains(this);
	}
}
