package sunshine.reporting.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import sunshine.reporting.imports.Finding.Severity;
import sunshine.reporting.table.ReportFormat;
import sunshine.reporting.table.ReportLayout;
import sunshine.reporting.table.ReportRow;
import sunshine.reporting.table.ReportTable;

/**
 * Checks the report's running text against its table and against itself.
 *
 * <ul>
 * <li>{@code PROSE.TABLE_MISMATCH} — a number in the text that names a table quantity (applications
 * received, items published on the website or by WeChat, trainees, applications concluded or carried
 * over, results by category — 予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理 —,
 * reconsiderations and lawsuits, rules and normative documents issued) and differs from the table. The text
 * may count received applications together with last year's carry-over (“收到申请749件” = 新收 713 +
 * 上年结转 36): that is not an error.</li>
 * <li>{@code PROSE.PARTS_SUM} — a total in the text followed by “其中” and its parts, where the parts add
 * up to more than the total (or, when the list closes with “其他…”, to anything but the total). Parts
 * that add up once one of them is read as contained in another (e.g. 解读类 within 政务信息) are not
 * flagged. Percentages and figures in brackets are not parts.</li>
 * <li>{@code PROSE.ALL_CONCLUDED_BUT_CARRIED} — the text says every application was concluded, the
 * table carries some over to next year.</li>
 * </ul>
 * Rates and counts of other things (the message board's 213 = 202 + 11 and 94.8 %) are not table
 * quantities and are left alone. A table cell that is blank is not compared: the finding says so.
 */
public final class ProseChecker {

	private static final String UNIT = "(万元|人次|条|件|篇|人|次|个|项|场|期|份|元|家|处|万)";
	private static final Pattern COUNT = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*" + UNIT + "(?![%％])");
	private static final Pattern BRACKETS = Pattern.compile("（[^（）]*）|\\([^()]*\\)");

	/** A table quantity the prose may name: one cell, or the sum of a column over several rows. */
	private record Quantity(List<String> rowIds, String column, Pattern pattern, String name) {

		Quantity(String rowId, String column, Pattern pattern, String name) {
			this(List.of(rowId), column, pattern, name);
		}

		String rowId() {
			return rowIds.get(0);
		}

		BigDecimal value(ReportTable table) {
			BigDecimal sum = BigDecimal.ZERO;
			for (String id : rowIds) {
				BigDecimal cell = table.value(id, column);
				if (cell == null) {
					return null;
				}
				sum = sum.add(cell);
			}
			return sum;
		}

		String describe(ReportTable table) {
			if (rowIds.size() == 1) {
				return ReportLinter.describe(table.layout().row(rowId()).orElseThrow(), column);
			}
			return "“" + name + "”（" + String.join(" + ", rowIds.stream()
					.map(id -> ReportLinter.describe(table.layout().row(id).orElseThrow(), column)).toList()) + "）";
		}
	}

	private static final List<Quantity> QUANTITIES_2008 = List.of(
			new Quantity("S1_2_2", ReportRow.VALUE,
					Pattern.compile("(?:门户网站|政府网站)[^。；，\\d]{0,12}?(?:发布|公开)[^。；，\\d]{0,10}?信息\\s*(\\d+)\\s*条"), "政府网站公开政府信息数"),
			new Quantity("S1_2_4", ReportRow.VALUE,
					Pattern.compile("政务微信[^。；，\\d]{0,12}?(?:发布|公开)[^。；，\\d]{0,10}?信息\\s*(\\d+)\\s*条"), "政务微信公开政府信息数"),
			new Quantity("S1_2_3", ReportRow.VALUE,
					Pattern.compile("政务微博[^。；，\\d]{0,12}?(?:发布|公开)[^。；，\\d]{0,10}?信息\\s*(\\d+)\\s*条"), "政务微博公开政府信息数"),
			new Quantity("S9_3", ReportRow.VALUE, Pattern.compile("培训[^。；，\\d]{0,12}?(\\d+)\\s*人次"), "接受培训人员数"),
			new Quantity("S3_1", ReportRow.VALUE,
					Pattern.compile("(?:收到|受理)[^。；，\\d]{0,12}?申请[^。；，\\d]{0,4}?(\\d+)\\s*件"), "收到申请数"),
			new Quantity("S4", ReportRow.VALUE, Pattern.compile("行政复议\\s*(\\d+)\\s*件"), "行政复议数量"),
			new Quantity("S5", ReportRow.VALUE, Pattern.compile("行政诉讼\\s*(\\d+)\\s*件"), "行政诉讼数量"));

	private static final List<Quantity> QUANTITIES_CURRENT = List.of(
			new Quantity("NEW", ReportLayout.TOTAL,
					Pattern.compile("(?:收到|受理)[^。；，\\d]{0,12}?申请[^。；，\\d]{0,4}?(\\d+)\\s*件"), "本年新收政府信息公开申请数量"),
			new Quantity("R7", ReportLayout.TOTAL, Pattern.compile("(?:^|[，,；;：:])\\s*(?:共办理|共答复|共办结|办结|答复)\\s*(\\d+)\\s*件"), "本年度办理结果总计"),
			new Quantity("CARRY_OUT", ReportLayout.TOTAL,
					Pattern.compile("(?:结转下一?年度?|转下一?年度?)[^。；，\\d]{0,8}?(\\d+)\\s*件"), "结转下年度继续办理"),
			new Quantity("REVIEW", ReportLayout.TOTAL, Pattern.compile("行政复议\\s*(\\d+)\\s*件"), "行政复议总计"),
			new Quantity(List.of("LITIGATION_DIRECT", "LITIGATION_AFTER_REVIEW"), ReportLayout.TOTAL,
					Pattern.compile("行政诉讼\\s*(\\d+)\\s*件"), "行政诉讼总计"),
			new Quantity("R1", ReportLayout.TOTAL, Pattern.compile("(?:同意公开|予以公开)(?:答复)?\\s*(\\d+)\\s*件"), "予以公开"),
			new Quantity(List.of("R1", "R2"), ReportLayout.TOTAL,
					Pattern.compile("予以公开[及和、]部分公开(?:答复)?\\s*(\\d+)\\s*件"), "予以公开及部分公开"),
			new Quantity("R2", ReportLayout.TOTAL, Pattern.compile("(?<![及和、])部分公开(?:答复)?\\s*(\\d+)\\s*件"), "部分公开"),
			new Quantity(List.of("R3_1", "R3_2", "R3_3", "R3_4", "R3_5", "R3_6", "R3_7", "R3_8"), ReportLayout.TOTAL,
					Pattern.compile("不予公开(?:答复)?\\s*(\\d+)\\s*件"), "不予公开"),
			new Quantity(List.of("R4_1", "R4_2", "R4_3"), ReportLayout.TOTAL,
					Pattern.compile("无法提供(?:的)?\\s*(\\d+)\\s*件"), "无法提供"),
			new Quantity(List.of("R5_1", "R5_2", "R5_3", "R5_4", "R5_5"), ReportLayout.TOTAL,
					Pattern.compile("不予处理(?:的)?\\s*(\\d+)\\s*件"), "不予处理"),
			new Quantity("R6", ReportLayout.TOTAL, Pattern.compile("其他处理(?:的)?\\s*(\\d+)\\s*件"), "其他处理"),
			new Quantity(List.of("R6_1", "R6_2", "R6_3"), ReportLayout.TOTAL,
					Pattern.compile("其他处理(?:的)?\\s*(\\d+)\\s*件"), "其他处理"),
			new Quantity("2-1/规章", "本年制发件数", Pattern.compile("(?<![部门])规章\\s*(\\d+)\\s*件"), "规章本年制发件数"),
			new Quantity("2-1/行政规范性文件", "本年制发件数", Pattern.compile("行政规范性文件\\s*(\\d+)\\s*件"),
					"行政规范性文件本年制发件数"));

	private static final Pattern ALL_CONCLUDED = Pattern.compile(
			"(?:所有|全部)[^。；]{0,12}?申请[^。；]{0,6}?(?:均|都|全部)?已[^。；]{0,8}?(?:办理完成|办结|完成)|申请均已办结");

	public List<Finding> check(ReportTable table, String prose) {
		String text = join(prose);
		List<String> sentences = sentences(text);
		List<Finding> findings = new ArrayList<>();
		tableQuantities(table, sentences, findings);
		partsAndTotals(sentences, findings);
		if (table.format() != ReportFormat.ERA_2008) {
			allConcluded(table, sentences, findings);
		}
		return findings;
	}

	private void tableQuantities(ReportTable table, List<String> sentences, List<Finding> findings) {
		boolean era2008 = table.format() == ReportFormat.ERA_2008;
		for (Quantity quantity : era2008 ? QUANTITIES_2008 : QUANTITIES_CURRENT) {
			if (quantity.rowIds().stream().anyMatch(id -> table.layout().row(id).isEmpty())) {
				continue;
			}
			ReportRow row = table.layout().row(quantity.rowId()).orElseThrow();
			String column = row.singleValue() ? null : quantity.column();
			for (String sentence : sentences) {
				Matcher m = quantity.pattern().matcher(sentence);
				while (m.find()) {
					BigDecimal said = new BigDecimal(m.group(1));
					BigDecimal value = quantity.value(table);
					List<String> rows = quantity.rowIds();
					if (value == null) {
						findings.add(Finding.of("PROSE.TABLE_MISMATCH", Severity.INFO, "无法核对正文“" + said(m) + "”：表中"
								+ quantity.describe(table) + "为空（未报告）。", rows, column, null, said, sentence));
						continue;
					}
					if (said.compareTo(value) == 0) {
						continue;
					}
					if (quantity.rowId().equals("NEW")) {
						BigDecimal carriedIn = table.value("CARRY_IN", ReportLayout.TOTAL);
						if (carriedIn != null && said.compareTo(value.add(carriedIn)) == 0) {
							continue; // counted together with last year's carry-over, on purpose
						}
					}
					findings.add(Finding.of("PROSE.TABLE_MISMATCH", Severity.WARNING, "正文“" + said(m) + "”与表中"
							+ quantity.describe(table) + " " + ReportLinter.plain(value) + " 不一致。", rows, column, value, said,
							sentence));
				}
			}
		}
	}

	private void partsAndTotals(List<String> sentences, List<Finding> findings) {
		String previous = "";
		for (String raw : sentences) {
			String sentence = stripBrackets(raw);
			int at = sentence.indexOf("其中");
			while (at >= 0) {
				Count total = lastCount(sentence.substring(0, at));
				if (total == null && at <= 2) {
					total = lastCount(previous);
				}
				int end = nextStop(sentence, at + 2);
				String list = sentence.substring(at + 2, end);
				if (total != null) {
					checkParts(total, list, raw, findings);
				}
				at = sentence.indexOf("其中", at + 2);
			}
			previous = sentence;
		}
	}

	private void checkParts(Count total, String list, String sentence, List<Finding> findings) {
		List<BigDecimal> parts = new ArrayList<>();
		Matcher m = COUNT.matcher(list);
		while (m.find()) {
			if (m.group(2).equals(total.unit())) {
				parts.add(new BigDecimal(m.group(1)));
			}
		}
		if (parts.size() < 2) {
			return;
		}
		BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		int comparison = sum.compareTo(total.value());
		if (comparison == 0) {
			return;
		}
		for (BigDecimal part : parts) {
			if (sum.subtract(part).compareTo(total.value()) == 0) {
				return; // one part is contained in another: the text counts it twice on purpose
			}
		}
		boolean closed = list.matches(".*[，、,]\\s*其他[^，、,]*$") || list.contains("其他");
		if (comparison > 0 || closed) {
			String written = parts.stream().map(ReportLinter::plain).reduce((a, b) -> a + " + " + b).orElse("");
			findings.add(Finding.of("PROSE.PARTS_SUM", Severity.WARNING, "正文所列分项 " + written + " = " + ReportLinter.plain(sum)
					+ total.unit() + "，与正文给出的总数 " + ReportLinter.plain(total.value()) + total.unit() + " 不符。", List.of(), null,
					total.value(), sum, sentence));
		}
	}

	private void allConcluded(ReportTable table, List<String> sentences, List<Finding> findings) {
		BigDecimal carriedOut = table.value("CARRY_OUT", ReportLayout.TOTAL);
		if (carriedOut == null) {
			carriedOut = ReportLayout.APPLICANT_COLUMNS.subList(0, 6).stream().map(c -> table.value("CARRY_OUT", c))
					.filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
		}
		if (carriedOut.signum() <= 0) {
			return;
		}
		for (String sentence : sentences) {
			Matcher m = ALL_CONCLUDED.matcher(sentence);
			if (m.find()) {
				findings.add(Finding.of("PROSE.ALL_CONCLUDED_BUT_CARRIED", Severity.WARNING, "正文称“" + m.group()
						+ "”，但表中“四、结转下年度继续办理”为 " + ReportLinter.plain(carriedOut) + " 件。", List.of("CARRY_OUT"),
						ReportLayout.TOTAL, carriedOut, null, sentence));
				return;
			}
		}
	}

	private record Count(BigDecimal value, String unit) {
	}

	private static Count lastCount(String text) {
		Matcher m = COUNT.matcher(text);
		Count last = null;
		while (m.find()) {
			last = new Count(new BigDecimal(m.group(1)), m.group(2));
		}
		return last;
	}

	private static int nextStop(String sentence, int from) {
		int end = sentence.length();
		for (String stop : List.of("；", ";", "其中")) {
			int at = sentence.indexOf(stop, from);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		return end;
	}

	private static String stripBrackets(String text) {
		String previous;
		String current = text;
		do {
			previous = current;
			current = BRACKETS.matcher(current).replaceAll("");
		}
		while (!current.equals(previous));
		return current;
	}

	/** The prose lines as one text: a line break inside a sentence disappears. */
	static String join(String prose) {
		StringBuilder text = new StringBuilder();
		for (String line : prose.split("\n")) {
			String stripped = line.strip();
			if (stripped.isEmpty()) {
				continue;
			}
			if (!text.isEmpty() && Character.isDigit(text.charAt(text.length() - 1)) && Character.isDigit(stripped.charAt(0))) {
				text.append(' ');
			}
			text.append(stripped);
		}
		return text.toString();
	}

	private static List<String> sentences(String text) {
		List<String> sentences = new ArrayList<>();
		for (String sentence : text.split("(?<=[。！？])")) {
			if (!sentence.isBlank()) {
				sentences.add(sentence.strip());
			}
		}
		return sentences;
	}

	private static String said(Matcher m) {
		return m.group().replaceFirst("^[，,；;：:\\s]+", "").strip();
	}

	private static String column(ReportRow row, String column) {
		return row.singleValue() ? null : column;
	}
}
