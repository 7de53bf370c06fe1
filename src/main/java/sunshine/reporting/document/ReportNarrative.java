package sunshine.reporting.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sunshine.reporting.table.ReportFormat;
import sunshine.reporting.table.ReportRow;
import sunshine.reporting.table.ReportTable;

/**
 * The text of an annual report: its sections in the order of its era, a first draft written from the
 * table, and figures as references to table cells so that the prose cannot contradict the table.
 *
 * <p>A reference is {@code {{ROW}}} for a 2008 row ({@code {{S1_1}}}) or {@code {{ROW.列}}} for a cell of the
 * 2019/2021 tables ({@code {{R7.总计}}}, {@code {{2-1/规章.本年制发件数}}}). Rendering replaces it with the
 * cell's value; a reference to no cell renders as 【无此数据：…】 and is listed by {@link #unknownReferences}.
 *
 * <p>Sections — 2008 era (《政府信息公开条例》（2008）第三十二条 and the seed report): 一、概述; 二、主动公开政府信息情况;
 * 三、依申请公开政府信息情况; 四、人大代表建议和政协提案办理结果公开情况; 五、存在的主要问题及下年度工作思路; 附件统计表. 2019 and
 * 2021 formats (国办公开办函〔2019〕60号, 〔2021〕30号; 条例（2019）第五十条): 一 总体情况; 二 主动公开政府信息情况; 三 收到和处理
 * 政府信息公开申请情况; 四 政府信息公开行政复议、行政诉讼情况; 五 存在的主要问题及改进情况; 六 其他需要报告的事项.
 */
public final class ReportNarrative {

	/** A reference to a table cell. */
	public static final Pattern REFERENCE = Pattern.compile("\\{\\{([A-Za-z0-9_/\\-\\p{IsHan}]+)(?:\\.([^{}]+))?\\}\\}");

	private ReportNarrative() {
	}

	/**
	 * One section.
	 *
	 * @param key a stable key (OVERVIEW, PROACTIVE …)
	 * @param table the section of the table printed with it ("2008" for the 2008 annex, "二", "三", "四"), or empty
	 */
	public record Section(String key, String title, String text, String table) {
	}

	/** The sections of the era, with the text drafted from the table. */
	public static List<Section> draft(ReportTable table, String agencyName, int year) {
		if (table.format() == ReportFormat.ERA_2008) {
			return List.of(
					new Section("OVERVIEW", "一、概述", year + "年，" + agencyName + "按照《中华人民共和国政府信息公开条例》要求，"
							+ "以保障公众知情权、参与权和监督权为目标，推进政府信息公开工作。全年主动公开政府信息{{S1_1}}条，"
							+ "回应公众关注热点或重大舆情{{S2_1}}次，收到政府信息公开申请{{S3_1}}件。", ""),
					new Section("PROACTIVE", "二、主动公开政府信息情况", "全年主动公开政府信息{{S1_1}}条，其中主动公开规范性文件{{S1_1a}}条；"
							+ "制发规范性文件{{S1_1b}}件。通过政府网站公开{{S1_2_2}}条，政务微博公开{{S1_2_3}}条，政务微信公开{{S1_2_4}}条，"
							+ "政府公报公开{{S1_2_1}}条，其他方式公开{{S1_2_5}}条。发布政策解读稿件{{S2_2_3}}篇。", ""),
					new Section("ON_REQUEST", "三、依申请公开政府信息情况", "全年收到政府信息公开申请{{S3_1}}件，其中当面申请{{S3_1_1}}件、"
							+ "传真申请{{S3_1_2}}件、网络申请{{S3_1_3}}件、信函申请{{S3_1_4}}件；办结{{S3_2}}件，其中按时办结{{S3_2_1}}件、"
							+ "延期办结{{S3_2_2}}件。因政府信息公开申请行政复议{{S4}}件，提起行政诉讼{{S5}}件，举报投诉{{S6}}件；"
							+ "收取费用{{S7}}万元。", ""),
					new Section("PROPOSALS", "四、人大代表建议和政协提案办理结果公开情况", "（请填写本年度人大代表建议和政协提案办理结果公开情况。）", ""),
					new Section("PROBLEMS", "五、存在的主要问题及下年度工作思路", "（请填写存在的主要问题及下一年度工作思路。）", ""),
					new Section("ANNEX", "附件：" + agencyName + year + "年度政府信息公开情况统计表", "", "2008"));
		}
		String carry = "上年结转{{CARRY_IN.总计}}件";
		return List.of(
				new Section("OVERVIEW", "一、总体情况", year + "年，" + agencyName + "认真贯彻落实《中华人民共和国政府信息公开条例》，"
						+ "全年新收政府信息公开申请{{NEW.总计}}件，" + carry + "，办结{{R7.总计}}件，结转下年度继续办理{{CARRY_OUT.总计}}件。", ""),
				new Section("PROACTIVE", "二、主动公开政府信息情况", "", "二"),
				new Section("ON_REQUEST", "三、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请{{NEW.总计}}件，" + carry
						+ "。予以公开{{R1.总计}}件，部分公开{{R2.总计}}件，共办结{{R7.总计}}件，结转下年度继续办理{{CARRY_OUT.总计}}件。", "三"),
				new Section("REMEDIES", "四、政府信息公开行政复议、行政诉讼情况", "因政府信息公开工作被申请行政复议{{REVIEW.总计}}件，"
						+ "被提起行政诉讼的，未经复议直接起诉{{LITIGATION_DIRECT.总计}}件，复议后起诉{{LITIGATION_AFTER_REVIEW.总计}}件。", "四"),
				new Section("PROBLEMS", "五、存在的主要问题及改进情况", "（请填写存在的主要问题及改进情况。）", ""),
				new Section("OTHER", "六、其他需要报告的事项", year >= 2021
						? "本年度依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），发出收费通知{{FEE.通知件数}}份，"
								+ "总金额{{FEE.通知金额}}元；实际收取信息处理费{{FEE.实收金额}}元。"
						: "本年度未收取政府信息公开信息处理费。", ""));
	}

	/**
	 * A text typed with its figures written out, its figures bound to live cells where they agree: for each
	 * pattern (its first group a number, the value the reference stands for), a number equal to the value now
	 * becomes the reference; a number that differs is kept as typed, so the prose checks still find it.
	 *
	 * @param bindings pattern → reference ({@code {{S1_2_4}}}, {@code {{留言板.收到}}}), in order
	 */
	public static String bind(String text, Map<Pattern, String> bindings, ReportTable table, Map<String, BigDecimal> figures) {
		String bound = text;
		for (Map.Entry<Pattern, String> binding : bindings.entrySet()) {
			String live = render(binding.getValue(), table, figures);
			if (!live.matches("-?\\d+(\\.\\d+)?")) {
				continue;
			}
			Matcher m = binding.getKey().matcher(bound);
			StringBuilder out = new StringBuilder();
			int last = 0;
			while (m.find()) {
				out.append(bound, last, m.start(1));
				boolean agrees = new BigDecimal(m.group(1)).compareTo(new BigDecimal(live)) == 0;
				out.append(agrees ? binding.getValue() : m.group(1));
				last = m.end(1);
			}
			out.append(bound.substring(last));
			bound = out.toString();
		}
		return bound;
	}

	/** The text with every reference replaced by the value of its cell. */
	public static String render(String text, ReportTable table) {
		return render(text, table, Map.of());
	}

	/** As {@link #render(String, ReportTable)}, with figures outside the table ({@code {{FEE.实收金额}}} …). */
	public static String render(String text, ReportTable table, Map<String, BigDecimal> figures) {
		Matcher m = REFERENCE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			BigDecimal figure = figures.get(m.group(1) + "." + m.group(2));
			m.appendReplacement(out, Matcher.quoteReplacement(figure != null ? ReportTable.number(figure).toString()
					: valueOf(m.group(1), m.group(2), table)));
		}
		m.appendTail(out);
		return out.toString();
	}

	/** The references of a text that name no cell of the table. */
	public static List<String> unknownReferences(String text, ReportTable table) {
		return unknownReferences(text, table, Map.of());
	}

	/** The references of a text that name neither a cell nor one of the figures. */
	public static List<String> unknownReferences(String text, ReportTable table, Map<String, BigDecimal> figures) {
		List<String> unknown = new ArrayList<>();
		Matcher m = REFERENCE.matcher(text);
		while (m.find()) {
			if (cell(m.group(1), m.group(2), table) == null && !figures.containsKey(m.group(1) + "." + m.group(2))) {
				unknown.add(m.group());
			}
		}
		return unknown;
	}

	private static String valueOf(String row, String column, ReportTable table) {
		String[] cell = cell(row, column, table);
		if (cell == null) {
			return "【无此数据：" + row + (column == null ? "" : "." + column) + "】";
		}
		BigDecimal value = table.value(cell[0], cell[1]);
		return value == null ? "—" : ReportTable.number(value).toString();
	}

	private static String[] cell(String rowId, String column, ReportTable table) {
		return table.layout().row(rowId).map(row -> {
			String c = column == null ? (row.singleValue() ? ReportRow.VALUE : null) : column;
			return c != null && row.columns().contains(c) ? new String[] { rowId, c } : null;
		}).orElse(null);
	}
}
