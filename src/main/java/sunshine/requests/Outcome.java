package sunshine.requests;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a request ended — every result row of table 三 (三、本年度办理结果) of the 2021 annual-report
 * format (国办公开办函〔2021〕30号), each with its official label, the article of 《政府信息公开条例》
 * (2019) it rests on, and its row in the older formats:
 * <ul>
 * <li>2019 trial format (国办公开办函〔2019〕60号, reporting years 2019–2020): the same rows, except that
 * （六）其他处理 is a single row {@code R6};</li>
 * <li>2008 table (国办发〔2014〕32号, reporting years up to 2018): the 申请答复数 rows S3_3_1 … S3_3_8, the
 * nearest category (an approximation where the taxonomies differ; see annual-report-format-2008.md §4).</li>
 * </ul>
 * An application handled by 区分处理 (第三十七条) counts only as {@link #R2}.
 */
public enum Outcome {

	/** （一）予以公开 — 第三十六条（一）（二）. */
	R1("（一）予以公开", Family.DISCLOSED, "第三十六条第（一）（二）项", "R1", "S3_3_2"),
	/** （二）部分公开 — 第三十七条 区分处理; counted only here. */
	R2("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", Family.PARTLY_DISCLOSED, "第三十七条", "R2", "S3_3_3"),
	/** （三）1 属于国家秘密 — 第十四条. */
	R3_1("1.属于国家秘密", Family.WITHHELD, "第十四条", "R3_1", "S3_3_4a"),
	/** （三）2 其他法律行政法规禁止公开 — 第十四条. */
	R3_2("2.其他法律行政法规禁止公开", Family.WITHHELD, "第十四条", "R3_2", "S3_3_4f"),
	/** （三）3 危及“三安全一稳定” — 第十四条. */
	R3_3("3.危及“三安全一稳定”", Family.WITHHELD, "第十四条", "R3_3", "S3_3_4d"),
	/** （三）4 保护第三方合法权益 — 第十五条、第三十二条. */
	R3_4("4.保护第三方合法权益", Family.WITHHELD, "第十五条、第三十二条", "R3_4", "S3_3_4c"),
	/** （三）5 属于三类内部事务信息 — 第十六条第一款. */
	R3_5("5.属于三类内部事务信息", Family.WITHHELD, "第十六条第一款", "R3_5", "S3_3_4e"),
	/** （三）6 属于四类过程性信息 — 第十六条第二款. */
	R3_6("6.属于四类过程性信息", Family.WITHHELD, "第十六条第二款", "R3_6", "S3_3_4e"),
	/** （三）7 属于行政执法案卷 — 第十六条第二款. */
	R3_7("7.属于行政执法案卷", Family.WITHHELD, "第十六条第二款", "R3_7", "S3_3_4f"),
	/** （三）8 属于行政查询事项 — 第十六条. */
	R3_8("8.属于行政查询事项", Family.WITHHELD, "第十六条", "R3_8", "S3_3_4f"),
	/** （四）1 本机关不掌握相关政府信息 — 第三十六条（四）（五）. */
	R4_1("1.本机关不掌握相关政府信息", Family.UNAVAILABLE, "第三十六条第（四）（五）项", "R4_1", "S3_3_6"),
	/** （四）2 没有现成信息需要另行制作 — 第三十八条. */
	R4_2("2.没有现成信息需要另行制作", Family.UNAVAILABLE, "第三十八条", "R4_2", "S3_3_6"),
	/** （四）3 补正后申请内容仍不明确 — 第三十条. */
	R4_3("3.补正后申请内容仍不明确", Family.UNAVAILABLE, "第三十条", "R4_3", "S3_3_7"),
	/** （五）1 信访举报投诉类申请 — 第三十九条第一款. */
	R5_1("1.信访举报投诉类申请", Family.NOT_PROCESSED, "第三十九条第一款", "R5_1", "S3_3_8"),
	/** （五）2 重复申请 — 第三十六条（六）. */
	R5_2("2.重复申请", Family.NOT_PROCESSED, "第三十六条第（六）项", "R5_2", "S3_3_8"),
	/** （五）3 要求提供公开出版物 — 第三十九条第二款. */
	R5_3("3.要求提供公开出版物", Family.NOT_PROCESSED, "第三十九条第二款", "R5_3", "S3_3_8"),
	/** （五）4 无正当理由大量反复申请 — 第三十五条. */
	R5_4("4.无正当理由大量反复申请", Family.NOT_PROCESSED, "第三十五条", "R5_4", "S3_3_8"),
	/** （五）5 要求行政机关确认或重新出具已获取信息 — no direct article. */
	R5_5("5.要求行政机关确认或重新出具已获取信息", Family.NOT_PROCESSED, "", "R5_5", "S3_3_8"),
	/** （六）1 逾期不补正 — 第三十条 (视为放弃申请). Reached only by {@code abandon}. */
	R6_1("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", Family.OTHER, "第三十条", "R6", "S3_3_7"),
	/** （六）2 逾期未缴费 — 第四十二条、国办函〔2020〕109号. Reached only when the payment window lapses. */
	R6_2("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", Family.OTHER, "第四十二条", "R6", "S3_3_8"),
	/** （六）3 其他 — e.g. a withdrawn request. */
	R6_3("3.其他", Family.OTHER, "", "R6", "S3_3_8");

	/** The answer letter (答复书) each outcome is written in. */
	public enum Family {
		/** 予以公开. */
		DISCLOSED,
		/** 部分公开. */
		PARTLY_DISCLOSED,
		/** 不予公开. */
		WITHHELD,
		/** 无法提供. */
		UNAVAILABLE,
		/** 不予处理. */
		NOT_PROCESSED,
		/** 其他处理. */
		OTHER
	}

	private final String label;
	private final Family family;
	private final String article;
	private final String row2019;
	private final String row2008;

	Outcome(String label, Family family, String article, String row2019, String row2008) {
		this.label = label;
		this.family = family;
		this.article = article;
		this.row2019 = row2019;
		this.row2008 = row2008;
	}

	/** The row id of the 2021 format (R1, R2, R3_1 … R6_3). */
	public String row2021() {
		return name();
	}

	/** The row id of the 2019 trial format; R6_1 … R6_3 are its single row R6. */
	public String row2019() {
		return row2019;
	}

	/** The nearest 申请答复数 row of the 2008 table (S3_3_2 …). */
	public String row2008() {
		return row2008;
	}

	/** The exact label of the 2021 table's row. */
	public String label() {
		return label;
	}

	public Family family() {
		return family;
	}

	/** The article of the 2019 regulations the outcome rests on; empty where none applies directly. */
	public String article() {
		return article;
	}

	/** Whether staff choose this outcome when answering; R6_1 and R6_2 follow from lapsed periods only. */
	public boolean isAnswerable() {
		return this != R6_1 && this != R6_2;
	}

	public static Optional<Outcome> parse(String text) {
		return Arrays.stream(values()).filter(o -> o.name().equals(text)).findFirst();
	}
}
