package sunshine.reporting.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import sunshine.Generator;
import sunshine.Property;
import sunshine.reporting.imports.Finding;
import sunshine.reporting.imports.Finding.Severity;
import sunshine.reporting.imports.ReportLinter;
import sunshine.reporting.table.ReportRecords.Application;
import sunshine.reporting.table.ReportRecords.Remedy;

/**
 * For generated record sets of the reporting views, every arithmetic rule of each era holds in the
 * computed table (the linter finds no error and no warning), the counts are those the 2021 format
 * defines (reference/annual-report-format-2021.md: 一、本年新收, 二、上年结转 and 四、结转下年度 as
 * applications open at a year's end, worked out here per applicant column), 上年结转 is the year
 * before's 结转下年度, and a tampered cell is caught. Dates are aimed at year ends, 2019-05-15 and the
 * holidays; conclusions at the first and last days of years.
 */
class ComputedTablePropertiesTests {

	static final List<String> COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
	/** The 2021 format's result rows (reference: （一）–（六）, with their numbered sub-rows). */
	static final List<String> OUTCOMES = List.of("R1", "R2", "R3_1", "R3_2", "R3_3", "R3_4", "R3_5", "R3_6", "R3_7",
			"R3_8", "R4_1", "R4_2", "R4_3", "R5_1", "R5_2", "R5_3", "R5_4", "R5_5", "R6_1", "R6_2", "R6_3");
	/** The 2008 format's leaf reply rows (reference: annual-report-format-2008.md, S3_3_1–S3_3_8 and 其中 a–f). */
	static final List<String> REPLIES_2008 = List.of("S3_3_1", "S3_3_2", "S3_3_3", "S3_3_4a", "S3_3_4b", "S3_3_4c",
			"S3_3_4d", "S3_3_4e", "S3_3_4f", "S3_3_5", "S3_3_6", "S3_3_7", "S3_3_8");
	static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
	static final LocalDate LAST = LocalDate.of(2026, 12, 31);

	static Application application(Generator gen) {
		LocalDate receivedOn = gen.date(FIRST, LAST);
		LocalDate concludedOn = switch (gen.between(0, 3)) {
			case 0 -> null;
			case 1 -> receivedOn.plusDays(gen.between(0, 120));
			default -> gen.date(receivedOn, receivedOn.plusDays(400));
		};
		String code = concludedOn == null ? null : gen.oneOf(OUTCOMES);
		return new Application(gen.between(1L, Long.MAX_VALUE / 2), 1L, gen.oneOf(COLUMNS),
				gen.oneOf("S3_1_1", "S3_1_2", "S3_1_3", "S3_1_4"), receivedOn, concludedOn, code,
				code == null ? null : code.startsWith("R6") ? "R6" : code, code == null ? null : gen.oneOf(REPLIES_2008),
				gen.bool(), null, null, null);
	}

	static Remedy remedy(Generator gen) {
		LocalDate filedOn = gen.date(FIRST, LAST);
		LocalDate decidedOn = gen.oneIn(4) ? null : gen.date(filedOn, filedOn.plusDays(400));
		String kind = gen.oneOf("RECONSIDERATION", "LITIGATION_DIRECT", "LITIGATION_AFTER_RECONSIDERATION", "COMPLAINT");
		String row = switch (kind) {
			case "RECONSIDERATION" -> "REVIEW";
			case "LITIGATION_DIRECT" -> "LITIGATION_DIRECT";
			case "LITIGATION_AFTER_RECONSIDERATION" -> "LITIGATION_AFTER_REVIEW";
			default -> null;
		};
		return new Remedy(gen.between(1L, 1_000_000L), 1L, kind, row, filedOn,
				decidedOn == null ? "PENDING" : gen.oneOf("UPHELD", "CORRECTED", "OTHER"), decidedOn);
	}

	private static ReportRecords records(List<Application> applications, List<Remedy> remedies) {
		return new ReportRecords(applications, remedies, List.of(), List.of(), List.of(), List.of(), List.of());
	}

	/** Open at the end of {@code day}: received by then and not concluded by then. */
	static boolean openAtEndOf(Application a, LocalDate day) {
		return !a.receivedOn().isAfter(day) && (a.concludedOn() == null || a.concludedOn().isAfter(day));
	}

	static BigDecimal count(List<Application> applications, String column, java.util.function.Predicate<Application> which) {
		return BigDecimal.valueOf(applications.stream()
				.filter(a -> column.equals("总计") || a.applicantColumn().equals(column)).filter(which).count());
	}

	@Test
	void everyArithmeticRuleOfTheYearsEraHolds() {
		Property.forAll(300, gen -> {
			List<Application> applications = gen.list(0, 60, () -> application(gen));
			List<Remedy> remedies = gen.list(0, 20, () -> remedy(gen));
			int year = gen.between(2016, 2026);
			ReportTable table = TableComputation.compute(records(applications, remedies), year).table();

			assertThat(table.format()).isEqualTo(ReportFormat.forYear(year));
			assertThat(new ReportLinter().lint(table)).as("year %d", year)
					.filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
		});
	}

	@Test
	void theBalanceRowsCountWhatTheFormatDefinesInEachColumn() {
		Property.forAll(300, gen -> {
			List<Application> applications = gen.list(0, 60, () -> application(gen));
			int year = gen.between(2020, 2026);
			ReportTable table = TableComputation.compute(records(applications, List.of()), year).table();
			LocalDate start = LocalDate.of(year, 1, 1);
			LocalDate end = LocalDate.of(year, 12, 31);
			for (String column : ReportLayout.APPLICANT_COLUMNS) {
				assertThat(table.value("NEW", column)).as("%d NEW %s", year, column).isEqualByComparingTo(count(applications,
						column, a -> !a.receivedOn().isBefore(start) && !a.receivedOn().isAfter(end)));
				assertThat(table.value("CARRY_IN", column)).as("%d CARRY_IN %s", year, column)
						.isEqualByComparingTo(count(applications, column, a -> openAtEndOf(a, start.minusDays(1))));
				assertThat(table.value("CARRY_OUT", column)).as("%d CARRY_OUT %s", year, column)
						.isEqualByComparingTo(count(applications, column, a -> openAtEndOf(a, end)));
				assertThat(table.value("R7", column)).as("%d R7 %s", year, column).isEqualByComparingTo(count(applications,
						column, a -> a.concludedOn() != null && !a.concludedOn().isBefore(start)
								&& !a.concludedOn().isAfter(end)));
			}
		});
	}

	@Test
	void theCarryInIsTheYearBeforesCarryOut() {
		Property.forAll(200, gen -> {
			List<Application> applications = gen.list(0, 60, () -> application(gen));
			int year = gen.between(2020, 2026);
			ReportTable before = TableComputation.compute(records(applications, List.of()), year - 1).table();
			ReportTable table = TableComputation.compute(records(applications, List.of()), year).table();
			for (String column : ReportLayout.APPLICANT_COLUMNS) {
				assertThat(table.value("CARRY_IN", column)).as("%d %s", year, column)
						.isEqualByComparingTo(before.value("CARRY_OUT", column));
			}
		});
	}

	@Test
	void aTamperedCellIsCaught() {
		Property.forAll(200, gen -> {
			List<Application> applications = gen.list(1, 40, () -> application(gen));
			int year = gen.between(2016, 2026);
			int delta = gen.between(1, 9);
			ReportTable table = TableComputation.compute(records(applications, List.of()), year).table();
			String row = table.format() == ReportFormat.ERA_2008 ? "S3_1_3" : "R1";
			String column = table.format() == ReportFormat.ERA_2008 ? ReportRow.VALUE : "自然人";
			table.put(row, column, table.value(row, column).add(BigDecimal.valueOf(delta)));

			List<Finding> findings = new ArrayList<>(new ReportLinter().lint(table));
			assertThat(findings).filteredOn(f -> f.severity() != Severity.INFO && f.rows().contains(row)).isNotEmpty();
		});
	}
}
