package sunshine.reporting.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import sunshine.reporting.imports.Finding.Severity;
import sunshine.reporting.table.ReportFormat;
import sunshine.reporting.table.ReportLayout;
import sunshine.reporting.table.ReportTable;

/**
 * The checks of a computed table: every arithmetic rule of its era ({@link ReportLinter}) and, from the 2020
 * reporting year on, {@code T3.CARRY_OVER_CHAIN} — 二、上年结转 equals the year before's 四、结转下年度继续办理
 * in every applicant column (reference annual-report-format-2021.md §4.3; not printed on the form, so a
 * warning, as for imported reports). The 2019 table has no predecessor with carry-over rows (the 2008 table
 * has none), so its chain is not checked.
 */
public final class ComputedTableChecks {

	private ComputedTableChecks() {
	}

	/** The findings on {@code table}, given the same agency's table of the year before (or {@code null}). */
	public static List<Finding> check(ReportTable table, ReportTable previous) {
		List<Finding> findings = new ArrayList<>(new ReportLinter().lint(table));
		if (previous != null && table.format() != ReportFormat.ERA_2008 && previous.format() != ReportFormat.ERA_2008) {
			for (String column : ReportLayout.APPLICANT_COLUMNS) {
				BigDecimal carriedIn = table.value("CARRY_IN", column);
				BigDecimal carriedOut = previous.value("CARRY_OUT", column);
				if (carriedIn != null && carriedOut != null && carriedIn.compareTo(carriedOut) != 0) {
					findings.add(Finding.of("T3.CARRY_OVER_CHAIN", Severity.WARNING, "“" + column + "”列“二、上年结转政府信息公开申请数量”为 "
							+ ReportLinter.plain(carriedIn) + "，而上一年度“四、结转下年度继续办理”为 " + ReportLinter.plain(carriedOut) + "。",
							List.of("CARRY_IN", "CARRY_OUT"), column, carriedIn, carriedOut, null));
				}
			}
		}
		return findings;
	}
}
