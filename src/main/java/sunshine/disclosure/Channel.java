package sunshine.disclosure;

/**
 * A channel that publishes government information; the rows 一（二）1–5 of the 2008 statistics
 * table (国办发〔2014〕32号) count items per channel.
 */
public enum Channel {
	/** 政府公报. */
	GAZETTE,
	/** 政府网站 (the agency's portal). */
	WEBSITE,
	/** 政务微博. */
	WEIBO,
	/** 政务微信 (公众号). */
	WECHAT,
	/** 其他方式: a TV programme, a magazine, posters, a 今日头条 account …; the publication names it. */
	OTHER
}
