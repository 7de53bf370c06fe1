package sunshine.opinion;

/** How an opinion event came in. */
public enum OpinionOrigin {
	/** 人工录入: entered by a member of staff. */
	STAFF,
	/** 订阅源采集: read from a feed the agency configured. */
	FEED
}
