package sunshine.reporting.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import sunshine.reporting.imports.Finding.Severity;
import sunshine.reporting.table.ReportFormat;
import sunshine.reporting.table.ReportLayout;
import sunshine.reporting.table.ReportRow;
import sunshine.reporting.table.ReportTable;

/**
 * The arithmetic rules of the statistics table, each with a stable rule id.
 *
 * <p>2019 trial and 2021 formats (国办公开办函〔2019〕60号, 〔2021〕30号; reference
 * annual-report-format-2021.md §4.3, §5):
 * <ul>
 * <li>{@code T3.BALANCE} — stated on the form (“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”):
 * for every column, 一 新收 + 二 上年结转 = （七）总计 + 四 结转下年度. Error.</li>
 * <li>{@code T3.ROW_TOTAL} — every row's 总计 is the sum of the six applicant columns. Error.</li>
 * <li>{@code T3.RESULTS_TOTAL} — for every column, （七）总计 is the sum of the result rows （一）…（六）
 * (each application counted in exactly one result). Error.</li>
 * <li>{@code T4.GROUP_TOTAL} — in each group of section 四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. Error.</li>
 * </ul>
 * <p>2008 table (国办发〔2014〕32号; reference annual-report-format-2008.md §3 — implied by the table's
 * structure, none printed on the form, hence warnings): {@code T2008.RECEIVED} (S3_1 = 当面+传真+网络+信函),
 * {@code T2008.CONCLUDED} (S3_2 = 按时+延期), {@code T2008.REPLIES} (S3_3 = S3_3_1…S3_3_8),
 * {@code T2008.REFUSALS} (S3_3_4 = S3_3_4a…f), {@code T2008.REVIEW} (S4 = S4_1+S4_2+S4_3),
 * {@code T2008.LITIGATION} (S5 = S5_1+S5_2+S5_3), {@code T2008.STAFF} (S8_3 = 专职+兼职),
 * {@code T2008.OF_WHICH} (an “其中” row does not exceed its row).
 * <p>Every era: {@code CELL.NEGATIVE} (counts are never negative) and {@code CELL.NOT_WHOLE} (counts of
 * 件/条/次/人 are whole numbers; money in 万元 may have decimals).
 *
 * <p>Blank cells: a blank (null) cell is “not reported”. A rule that needs it is not applied; the
 * linter says so with an {@link Severity#INFO} finding of the same rule id.
 */
public final class ReportLinter {

	public List<Finding> lint(ReportTable table) {
		List<Finding> findings = new ArrayList<>();
		checkCells(table, findings);
		if (table.format() == ReportFormat.ERA_2008) {
			lint2008(table, findings);
		}
		else {
			lintApplications(table, findings);
			lintAppeals(table, findings);
		}
		return findings;
	}

	private void checkCells(ReportTable table, List<Finding> findings) {
		for (ReportRow row : table.layout().rows()) {
			for (String column : row.columns()) {
				BigDecimal value = table.value(row.id(), column);
				if (value == null) {
					continue;
				}
				String where = describe(row, column);
				if (value.signum() < 0 && !column.contains("增/减")) {
					findings.add(Finding.of("CELL.NEGATIVE", Severity.ERROR, where + "为负数 " + value.toPlainString() + "。",
							List.of(row.id()), column(row, column), value, null, null));
				}
				boolean money = row.unit().equals("万元") || column.contains("金额");
				if (!money && value.stripTrailingZeros().scale() > 0) {
					findings.add(Finding.of("CELL.NOT_WHOLE", Severity.ERROR,
							where + "应为整数（" + row.unit() + "），表中为 " + value.toPlainString() + "。", List.of(row.id()),
							column(row, column), value, null, null));
				}
			}
		}
	}

	private void lintApplications(ReportTable table, List<Finding> findings) {
		ReportLayout layout = table.layout();
		List<String> parts = ReportLayout.APPLICANT_COLUMNS.subList(0, 6);
		for (ReportRow row : layout.section("三")) {
			List<Cell> cells = parts.stream().map(c -> new Cell(row, c)).toList();
			checkSum(table, findings, "T3.ROW_TOTAL", Severity.ERROR, new Cell(row, ReportLayout.TOTAL), cells,
					"六类申请人之和");
		}
		ReportRow received = layout.row("NEW").orElseThrow();
		ReportRow carriedIn = layout.row("CARRY_IN").orElseThrow();
		ReportRow total = layout.row("R7").orElseThrow();
		ReportRow carriedOut = layout.row("CARRY_OUT").orElseThrow();
		for (String column : ReportLayout.APPLICANT_COLUMNS) {
			checkBalance(table, findings, column, received, carriedIn, total, carriedOut);
			List<Cell> results = layout.resultRows().stream().map(r -> new Cell(r, column)).toList();
			checkSum(table, findings, "T3.RESULTS_TOTAL", Severity.ERROR, new Cell(total, column), results,
					"各项办理结果之和");
		}
	}

	private void checkBalance(ReportTable table, List<Finding> findings, String column, ReportRow received,
			ReportRow carriedIn, ReportRow total, ReportRow carriedOut) {
		List<Cell> left = List.of(new Cell(received, column), new Cell(carriedIn, column));
		List<Cell> right = List.of(new Cell(total, column), new Cell(carriedOut, column));
		List<String> rows = List.of(received.id(), carriedIn.id(), total.id(), carriedOut.id());
		List<Cell> blank = new ArrayList<>(left.stream().filter(c -> c.value(table) == null).toList());
		blank.addAll(right.stream().filter(c -> c.value(table) == null).toList());
		if (!blank.isEmpty()) {
			findings.add(Finding.of("T3.BALANCE", Severity.INFO, "无法核对“" + column + "”列的勾稽关系（第一项加第二项之和等于第三项加第四项之和）："
					+ names(blank) + "为空（未报告）。", rows, column, null, null, null));
			return;
		}
		BigDecimal in = sum(table, left);
		BigDecimal out = sum(table, right);
		if (in.compareTo(out) != 0) {
			findings.add(Finding.of("T3.BALANCE", Severity.ERROR, "“" + column + "”列不满足勾稽关系：新收 "
					+ plain(left.get(0).value(table)) + " + 上年结转 " + plain(left.get(1).value(table)) + " = " + plain(in)
					+ "，而（七）总计 " + plain(right.get(0).value(table)) + " + 结转下年度 " + plain(right.get(1).value(table))
					+ " = " + plain(out) + "。", rows, column, out, in, null));
		}
	}

	private void lintAppeals(ReportTable table, List<Finding> findings) {
		List<String> parts = ReportLayout.RESULT_COLUMNS.subList(0, 4);
		for (ReportRow row : table.layout().section("四")) {
			checkSum(table, findings, "T4.GROUP_TOTAL", Severity.ERROR, new Cell(row, ReportLayout.TOTAL),
					parts.stream().map(c -> new Cell(row, c)).toList(), "结果维持、结果纠正、其他结果、尚未审结之和");
		}
	}

	private void lint2008(ReportTable table, List<Finding> findings) {
		sum2008(table, findings, "T2008.RECEIVED", "S3_1", "S3_1_1", "S3_1_2", "S3_1_3", "S3_1_4");
		sum2008(table, findings, "T2008.CONCLUDED", "S3_2", "S3_2_1", "S3_2_2");
		sum2008(table, findings, "T2008.REPLIES", "S3_3", "S3_3_1", "S3_3_2", "S3_3_3", "S3_3_4", "S3_3_5", "S3_3_6",
				"S3_3_7", "S3_3_8");
		sum2008(table, findings, "T2008.REFUSALS", "S3_3_4", "S3_3_4a", "S3_3_4b", "S3_3_4c", "S3_3_4d", "S3_3_4e",
				"S3_3_4f");
		sum2008(table, findings, "T2008.REVIEW", "S4", "S4_1", "S4_2", "S4_3");
		sum2008(table, findings, "T2008.LITIGATION", "S5", "S5_1", "S5_2", "S5_3");
		sum2008(table, findings, "T2008.STAFF", "S8_3", "S8_3_1", "S8_3_2");
		ofWhich(table, findings, "S1_1a", "S1_1");
		ofWhich(table, findings, "S2_2_1a", "S2_2_1");
		ofWhich(table, findings, "S2_2_2a", "S2_2_2");
	}

	private void sum2008(ReportTable table, List<Finding> findings, String rule, String totalId, String... partIds) {
		ReportLayout layout = table.layout();
		List<Cell> parts = new ArrayList<>();
		for (String id : partIds) {
			parts.add(new Cell(layout.row(id).orElseThrow(), ReportRow.VALUE));
		}
		checkSum(table, findings, rule, Severity.WARNING, new Cell(layout.row(totalId).orElseThrow(), ReportRow.VALUE),
				parts, "其分项之和");
	}

	private void ofWhich(ReportTable table, List<Finding> findings, String partId, String wholeId) {
		ReportRow part = table.layout().row(partId).orElseThrow();
		ReportRow whole = table.layout().row(wholeId).orElseThrow();
		BigDecimal p = table.value(partId);
		BigDecimal w = table.value(wholeId);
		List<String> rows = List.of(wholeId, partId);
		if (p == null || w == null) {
			if (p != null || w != null) {
				findings.add(Finding.of("T2008.OF_WHICH", Severity.INFO, "无法核对“" + part.label() + "”不超过“" + whole.label()
						+ "”：" + (p == null ? part.label() : whole.label()) + "为空（未报告）。", rows, null, null, null, null));
			}
			return;
		}
		if (p.compareTo(w) > 0) {
			findings.add(Finding.of("T2008.OF_WHICH", Severity.WARNING, "“" + part.label() + "”为 " + plain(p) + "，超过了“"
					+ whole.label() + "” " + plain(w) + "。", rows, null, w, p, null));
		}
	}

	private void checkSum(ReportTable table, List<Finding> findings, String rule, Severity severity, Cell total,
			List<Cell> parts, String partsName) {
		List<String> rows = new ArrayList<>();
		rows.add(total.row().id());
		parts.stream().map(c -> c.row().id()).filter(id -> !rows.contains(id)).forEach(rows::add);
		String column = column(total.row(), total.column());
		List<Cell> blank = new ArrayList<>();
		if (total.value(table) == null) {
			blank.add(total);
		}
		parts.stream().filter(c -> c.value(table) == null).forEach(blank::add);
		if (!blank.isEmpty()) {
			if (blank.size() <= parts.size()) { // at least one cell reported: worth saying
				findings.add(Finding.of(rule, Severity.INFO, "无法核对" + describe(total.row(), total.column()) + "是否等于"
						+ partsName + "：" + names(blank) + "为空（未报告）。", rows, column, null, null, null));
			}
			return;
		}
		BigDecimal sum = sum(table, parts);
		BigDecimal stated = total.value(table);
		if (sum.compareTo(stated) != 0) {
			findings.add(Finding.of(rule, severity, describe(total.row(), total.column()) + "为 " + plain(stated) + "，但"
					+ partsName + "为 " + parts.stream().map(c -> plain(c.value(table))).reduce((a, b) -> a + " + " + b).orElse("")
					+ " = " + plain(sum) + "。", rows, column, stated, sum, null));
		}
	}

	private static BigDecimal sum(ReportTable table, List<Cell> cells) {
		return cells.stream().map(c -> c.value(table)).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static String names(List<Cell> cells) {
		return cells.stream().map(c -> describe(c.row(), c.column())).distinct().reduce((a, b) -> a + "、" + b).orElse("");
	}

	static String describe(ReportRow row, String column) {
		String label = row.group().isEmpty() || row.section().equals("2008") ? row.label()
				: row.section().equals("二") ? row.label() : row.group().startsWith("（") ? row.group() + row.label() : row.label();
		if (row.section().equals("四") && !row.group().isEmpty()) {
			label = row.group() + "（" + row.label() + "）";
		}
		return row.singleValue() ? "“" + label + "”" : "“" + label + "”的“" + column + "”";
	}

	private static String column(ReportRow row, String column) {
		return row.singleValue() ? null : column;
	}

	static String plain(BigDecimal value) {
		return value == null ? "空" : value.stripTrailingZeros().toPlainString();
	}

	private record Cell(ReportRow row, String column) {
		BigDecimal value(ReportTable table) {
			return table.value(row.id(), column);
		}
	}
}
