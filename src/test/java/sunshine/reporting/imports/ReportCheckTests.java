package sunshine.reporting.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import sunshine.reporting.imports.Finding.Severity;
import sunshine.reporting.table.ReportFormat;
import sunshine.reporting.Fixtures;

/**
 * Importing the seed (自治区信访局 2017) and the published fixtures: the table, and exactly the
 * inconsistencies a careful reader finds — no more.
 */
class ReportCheckTests {

	@Test
	void readsTheSeedsFiftyEightTableValues() {
		ReportCheck check = ReportCheck.of(Fixtures.text(Fixtures.SEED));

		assertThat(check.report().agency()).isEqualTo("自治区信访局");
		assertThat(check.report().year()).isEqualTo(2017);
		assertThat(check.report().table().format()).isEqualTo(ReportFormat.ERA_2008);
		assertThat(check.report().table().reportedCells()).isEqualTo(58);
		assertThat(check.report().unread()).isEmpty();
		// a few cells read off the seed's table by eye
		assertThat(check.report().table().value("S1_1")).isEqualByComparingTo("672");
		assertThat(check.report().table().value("S1_2_2")).isEqualByComparingTo("467");
		assertThat(check.report().table().value("S1_2_5")).isEqualByComparingTo("178");
		assertThat(check.report().table().value("S8_3_2")).isEqualByComparingTo("2");
		assertThat(check.report().table().value("S8_4")).isEqualByComparingTo("1");
		assertThat(check.report().table().value("S9_3")).isEqualByComparingTo("8");
	}

	@Test
	void findsTheSeedsThreeInconsistenciesAndNothingElse() {
		ReportCheck check = ReportCheck.of(Fixtures.text(Fixtures.SEED));

		assertThat(check.findings()).extracting(Finding::rule, Finding::severity, Finding::tableValue, Finding::otherValue)
				.containsExactlyInAnyOrder(
						// 门户网站共发布信息672条 against 政府网站公开政府信息数 467
						tuple("PROSE.TABLE_MISMATCH", Severity.WARNING, 467, 672),
						// 669 + 3 + 1 + 1 + 4 + 4 = 682 against the prose's own total 672
						tuple("PROSE.PARTS_SUM", Severity.WARNING, 672, 682),
						// 共培训工作人员62人次 against 接受培训人员数 8
						tuple("PROSE.TABLE_MISMATCH", Severity.WARNING, 8, 62));
		assertThat(check.findings()).filteredOn(f -> f.rule().equals("PROSE.TABLE_MISMATCH"))
				.extracting(Finding::rows).containsExactlyInAnyOrder(List.of("S1_2_2"), List.of("S9_3"));
		// the message board's 213 = 202 + 11 (94.8 %) counts messages, not a table quantity
		assertThat(check.findings()).noneMatch(f -> f.sentence() != null && f.sentence().contains("213"));
	}

	@Test
	void flagsTheSectionFourTotalsLeftAtZeroInHongze2023() {
		ReportCheck check = ReportCheck.of(Fixtures.text("005-hongze-quzhengfu-2023"));

		assertThat(check.problems()).extracting(Finding::rule, Finding::rows, Finding::tableValue, Finding::otherValue)
				.containsExactlyInAnyOrder(
						tuple("T4.GROUP_TOTAL", List.of("REVIEW"), 0, 11),
						tuple("T4.GROUP_TOTAL", List.of("LITIGATION_AFTER_REVIEW"), 0, 5));
		assertThat(check.problems()).allMatch(f -> f.severity() == Severity.ERROR);
		assertThat(check.report().table().layout().mixed()).isTrue();
	}

	@Test
	void flagsSeventeenApplicationsInTheProseAgainstNinetyFiveInTheTable() {
		ReportCheck check = ReportCheck.of(Fixtures.text("006-hongze-quzhengfu-2024"));

		assertThat(check.problems()).extracting(Finding::rule, Finding::rows, Finding::column, Finding::tableValue,
				Finding::otherValue).containsExactly(tuple("PROSE.TABLE_MISMATCH", List.of("NEW"), "总计", 95, 17));
	}

	@Test
	void flagsAllConcludedWhenOneApplicationIsCarriedOverAndCannotCheckTheBlankTotal() {
		ReportCheck check = ReportCheck.of(Fixtures.text("003-shanghai-kewei-2024"));

		assertThat(check.problems()).extracting(Finding::rule).containsExactly("PROSE.ALL_CONCLUDED_BUT_CARRIED");
		// the 总计 of 结转下年度 is blank in the source: the checks that need it say they could not be made
		assertThat(check.findings()).filteredOn(f -> f.severity() == Severity.INFO).extracting(Finding::rule)
				.contains("T3.ROW_TOTAL", "T3.BALANCE");
		// 2139 = 1744 + 393 + 2 (解读类 within 政务信息): not an error
		assertThat(check.findings()).noneMatch(f -> f.rule().equals("PROSE.PARTS_SUM"));
	}

	@Test
	void acceptsApplicationsReceivedCountedWithLastYearsCarryOver() {
		// 收到申请749件 = 新收 713 + 上年结转 36
		ReportCheck check = ReportCheck.of(Fixtures.text("007-shuyang-xianzhengfu-2025"));

		assertThat(check.problems()).isEmpty();
	}

	@Test
	void findsNothingInTheCleanReports() {
		for (String clean : List.of("002-shanghai-bangongting-2025", "004-huaian-shizhengfu-2024")) {
			assertThat(ReportCheck.of(Fixtures.text(clean)).findings()).as(clean).isEmpty();
		}
	}

	@Test
	void comparesLitigationInTheProseWithBothLitigationGroupsOfTheTable() {
		// 淮安 2024: 行政诉讼 46 件 = 未经复议直接起诉 26 + 复议后起诉 20; change the prose to 45
		String text = Fixtures.text("004-huaian-shizhengfu-2024");
		assertThat(text).contains("行政诉讼 46 件");

		ReportCheck check = ReportCheck.of(text.replace("行政诉讼 46 件", "行政诉讼 45 件"));

		assertThat(check.problems()).extracting(Finding::rule, Finding::rows, Finding::tableValue, Finding::otherValue)
				.contains(tuple("PROSE.TABLE_MISMATCH", List.of("LITIGATION_DIRECT", "LITIGATION_AFTER_REVIEW"), 46, 45));
	}

	@Test
	void comparesTheResultsByCategoryInTheProseWithTheTable() {
		// 上海市科委 2024: 同意公开 9 = R1, 不予公开 2 = R3 (1 + 1), 无法提供 10 = R4 (4 + 6 + 0), 其他处理 14 = R6 (10 + 0 + 4)
		String text = Fixtures.text("003-shanghai-kewei-2024");
		assertThat(text).contains("无法提供的 10 件");

		ReportCheck check = ReportCheck.of(text.replace("无法提供的 10 件", "无法提供的 11 件"));

		assertThat(check.problems()).extracting(Finding::rule, Finding::rows, Finding::tableValue, Finding::otherValue)
				.contains(tuple("PROSE.TABLE_MISMATCH", List.of("R4_1", "R4_2", "R4_3"), 10, 11));
		assertThat(check.problems()).hasSize(2);
	}
}
