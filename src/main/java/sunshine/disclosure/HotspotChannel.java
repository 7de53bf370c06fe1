package sunshine.disclosure;

/** How a hotspot (关注热点/舆情) was answered. */
public enum HotspotChannel {
	/** 政府网站. */
	WEBSITE,
	/** 政务微博 — 2008 row 二（二）4 微博微信回应事件数. */
	WEIBO,
	/** 政务微信 — 2008 row 二（二）4. */
	WECHAT,
	/** 新闻媒体（报刊、广播电视）. */
	MEDIA,
	/** 其他方式 — 2008 row 二（二）5. */
	OTHER
}
