package sunshine.disclosure;

/** 体裁分类 of the disclosure catalogue. */
public enum Genre {
	/** 通知. */
	NOTICE,
	/** 公告. */
	ANNOUNCEMENT,
	/** 办法、细则、规定. */
	REGULATION,
	/** 意见. */
	OPINION,
	/** 报告. */
	REPORT,
	/** 政策解读. */
	INTERPRETATION,
	/** 新闻、动态. */
	NEWS,
	/** 其他. */
	OTHER
}
