package sunshine.notify;

/**
 * The steps a citizen is told about (告知事项), each with a default message in the bundle
 * ({@code notify.template.<NAME>.title} / {@code .body}) that each agency may reword, and a label
 * ({@code notify.step.<NAME>}). Placeholders: {@code {trackingCode}}, {@code {step}}, {@code {date}} (the
 * Chinese date), {@code {agency}}, {@code {detail}}.
 */
public enum NotificationStep {

	/** 依申请公开 登记回执: the application was received. */
	REQUEST_RECEIVED,
	/** 受理. */
	REQUEST_ACCEPTED,
	/** 补正告知 (第三十条). */
	REQUEST_CORRECTION,
	/** 延期答复告知 (第三十三条第二款). */
	REQUEST_EXTENDED,
	/** 征求第三方意见 (第三十二条): the clock pauses. */
	REQUEST_CONSULTATION,
	/** 收费通知. */
	REQUEST_FEE,
	/** 答复 (第三十六条), including 不予受理 and the other outcomes. */
	REQUEST_ANSWERED,
	/** 网上信访 登记: the petition was received. */
	PETITION_REGISTERED,
	/** 受理告知. */
	PETITION_ACCEPTED,
	/** 不予受理告知. */
	PETITION_REJECTED,
	/** 转送告知: sent on to the competent agency. */
	PETITION_TRANSFERRED,
	/** 交办告知: assigned to a responsible unit. */
	PETITION_ASSIGNED,
	/** 处理意见 (答复). */
	PETITION_REPLIED,
	/** 邀请评价 (网上评). */
	PETITION_RATE_INVITATION,
	/** 复查意见. */
	PETITION_REVIEW_DECIDED,
	/** 复核意见. */
	PETITION_RE_REVIEW_DECIDED;
}
