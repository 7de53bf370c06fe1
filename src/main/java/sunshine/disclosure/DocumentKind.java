package sunshine.disclosure;

/** What kind of normative document; 《政府信息公开条例》(2019) 第二十条第（一）项 reports both. */
public enum DocumentKind {
	/** 规章. */
	RULE,
	/** 行政规范性文件. */
	NORMATIVE_DOCUMENT
}
