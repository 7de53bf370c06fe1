package sunshine.disclosure;

/** 主题分类 of the disclosure catalogue. */
public enum Topic {
	/** 机构职能. */
	ORGANISATION,
	/** 政策法规. */
	POLICY,
	/** 信访工作. */
	PETITION_WORK,
	/** 工作动态. */
	NEWS,
	/** 政务公开. */
	OPENNESS,
	/** 人事信息. */
	PERSONNEL,
	/** 财政信息（预决算）. */
	FINANCE,
	/** 其他. */
	OTHER
}
