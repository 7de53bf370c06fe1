package sunshine.reporting.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import sunshine.reporting.imports.Finding.Severity;
import sunshine.reporting.table.ReportComparison;
import sunshine.reporting.table.ReportFormat;
import sunshine.reporting.table.ReportLayout;
import sunshine.reporting.table.ReportRow;
import sunshine.reporting.table.ReportTable;

/** The arithmetic rules of each era, on tables filled by hand. */
class ReportLinterTests {

	final ReportLinter linter = new ReportLinter();

	/** A consistent 2021 table: 10 new + 2 carried in = 9 concluded (7 公开 + 2 本机关不掌握) + 3 carried out. */
	static ReportTable consistent2021() {
		ReportTable table = new ReportTable(ReportLayout.of(ReportFormat.FORMAT_2021));
		for (ReportRow row : table.layout().section("三")) {
			for (String column : row.columns()) {
				table.put(row.id(), column, BigDecimal.ZERO);
			}
		}
		applicants(table, "NEW", 8, 2);
		applicants(table, "CARRY_IN", 2, 0);
		applicants(table, "R1", 5, 2);
		applicants(table, "R4_1", 2, 0);
		applicants(table, "R7", 7, 2);
		applicants(table, "CARRY_OUT", 3, 0);
		for (ReportRow row : table.layout().section("四")) {
			for (String column : ReportLayout.RESULT_COLUMNS) {
				table.put(row.id(), column, BigDecimal.ZERO);
			}
		}
		return table;
	}

	private static void applicants(ReportTable table, String row, int people, int companies) {
		table.put(row, "自然人", BigDecimal.valueOf(people));
		table.put(row, "商业企业", BigDecimal.valueOf(companies));
		table.put(row, "总计", BigDecimal.valueOf(people + companies));
	}

	@Test
	void findsNothingInAConsistentTable() {
		assertThat(linter.lint(consistent2021())).isEmpty();
	}

	@Test
	void breaksTheOfficialBalanceWhenTheCarryOverIsWrong() {
		ReportTable table = consistent2021();
		table.put("CARRY_OUT", "自然人", BigDecimal.valueOf(4));
		table.put("CARRY_OUT", "总计", BigDecimal.valueOf(4));

		assertThat(linter.lint(table)).extracting(Finding::rule, Finding::severity, Finding::column, Finding::tableValue,
				Finding::otherValue).containsExactlyInAnyOrder(
						// 8 + 2 = 10 new and carried in; 7 + 4 = 11 concluded and carried out
						tuple("T3.BALANCE", Severity.ERROR, "自然人", 11, 10),
						tuple("T3.BALANCE", Severity.ERROR, "总计", 13, 12));
	}

	@Test
	void checksRowTotalsAndTheResultsTotal() {
		ReportTable table = consistent2021();
		table.put("R1", "总计", BigDecimal.valueOf(8));

		assertThat(linter.lint(table)).extracting(Finding::rule, Finding::rows).containsExactlyInAnyOrder(
				tuple("T3.ROW_TOTAL", List.of("R1")),
				tuple("T3.RESULTS_TOTAL", List.of("R7", "R1", "R2", "R3_1", "R3_2", "R3_3", "R3_4", "R3_5", "R3_6", "R3_7",
						"R3_8", "R4_1", "R4_2", "R4_3", "R5_1", "R5_2", "R5_3", "R5_4", "R5_5", "R6_1", "R6_2", "R6_3")));
	}

	@Test
	void saysABlankCellCouldNotBeCheckedInsteadOfReadingItAsZero() {
		ReportTable table = consistent2021();
		table.put("CARRY_IN", "商业企业", null);

		List<Finding> findings = linter.lint(table);

		assertThat(findings).isNotEmpty().allMatch(f -> f.severity() == Severity.INFO);
		assertThat(findings).extracting(Finding::rule).contains("T3.ROW_TOTAL", "T3.BALANCE");
		assertThat(findings).allMatch(f -> f.message().startsWith("无法核对"));
	}

	@Test
	void warnsAboutThe2008TablesImpliedSumsAndCountsThatAreNotWhole() {
		ReportTable table = new ReportTable(ReportLayout.of(ReportFormat.ERA_2008));
		table.put("S8_3", ReportRow.VALUE, BigDecimal.valueOf(3));
		table.put("S8_3_1", ReportRow.VALUE, BigDecimal.ONE);
		table.put("S8_3_2", ReportRow.VALUE, BigDecimal.ONE);
		table.put("S1_1", ReportRow.VALUE, BigDecimal.valueOf(10));
		table.put("S1_1a", ReportRow.VALUE, BigDecimal.valueOf(12));
		table.put("S9_3", ReportRow.VALUE, new BigDecimal("2.5"));
		table.put("S8_4", ReportRow.VALUE, new BigDecimal("1.5"));

		assertThat(linter.lint(table)).filteredOn(f -> f.severity() != Severity.INFO)
				.extracting(Finding::rule, Finding::severity).containsExactlyInAnyOrder(
						tuple("T2008.STAFF", Severity.WARNING),
						tuple("T2008.OF_WHICH", Severity.WARNING),
						tuple("CELL.NOT_WHOLE", Severity.ERROR));
	}

	@Test
	void comparesAnImportedTableWithAComputedOneCellByCell() {
		ReportTable published = consistent2021();
		ReportTable computed = consistent2021();
		computed.put("R1", "自然人", BigDecimal.valueOf(6));
		published.put("REVIEW", "总计", null);

		assertThat(ReportComparison.compare(published, computed)).extracting(ReportComparison.Difference::row,
				ReportComparison.Difference::column).containsExactlyInAnyOrder(tuple("R1", "自然人"), tuple("REVIEW", "总计"));
		assertThatThrownBy(() -> ReportComparison.compare(published, new ReportTable(ReportLayout.of(ReportFormat.ERA_2008))))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void splitsRunTogetherDigitsOnlyWhenOneSplitFitsTheArithmetic() {
		assertThat(DigitRuns.split(List.of("70530050713"), 7, DigitRuns::rowAddsUp)).containsExactly(705L, 3L, 0L, 0L, 5L, 0L, 713L);
		// 99 0 0 0 2 0 101 and 9 90 0 0 2 0 101 both add up
		assertThat(DigitRuns.split(List.of("9900020101"), 7, DigitRuns::rowAddsUp)).isEmpty();
		// a space is a real boundary: "32 2000034" allows only 32 2 0 0 0 0 34
		assertThat(DigitRuns.split(List.of("32", "2000034"), 7, DigitRuns::rowAddsUp)).containsExactly(32L, 2L, 0L, 0L, 0L, 0L, 34L);
		assertThat(DigitRuns.split(List.of("27109156130003801110"), 15, DigitRuns::groupsOfFiveAddUp, true))
				.containsExactly(27L, 10L, 9L, 15L, 61L, 3L, 0L, 0L, 0L, 3L, 8L, 0L, 1L, 1L, 10L);
	}
}
