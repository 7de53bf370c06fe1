package sunshine.reporting.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import sunshine.reporting.imports.Finding.Severity;
import sunshine.reporting.table.ReportRecords.Application;
import sunshine.reporting.table.ReportRecords.Remedy;
import sunshine.reporting.imports.Finding;
import sunshine.reporting.imports.ReportLinter;

/**
 * For random record sets of the reporting views, every arithmetic rule of each era holds in the computed
 * table (the linter finds no error and no warning), 上年结转 is the year before's 结转下年度, and a tampered
 * cell is caught.
 */
class ComputedTablePropertiesTests {

	static final List<String> COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
	static final List<String> OUTCOMES = List.of("R1", "R2", "R3_1", "R3_2", "R3_3", "R3_4", "R3_5", "R3_6", "R3_7",
			"R3_8", "R4_1", "R4_2", "R4_3", "R5_1", "R5_2", "R5_3", "R5_4", "R5_5", "R6_1", "R6_2", "R6_3");
	/** The 2008 reply row of each result, as V3__requests.sql's view {@code report_requests_applications} maps it. */
	static final Map<String, String> REPLY_2008 = Map.ofEntries(Map.entry("R1", "S3_3_2"), Map.entry("R2", "S3_3_3"),
			Map.entry("R3_1", "S3_3_4a"), Map.entry("R3_2", "S3_3_4f"), Map.entry("R3_3", "S3_3_4d"),
			Map.entry("R3_4", "S3_3_4c"), Map.entry("R3_5", "S3_3_4e"), Map.entry("R3_6", "S3_3_4e"),
			Map.entry("R3_7", "S3_3_4f"), Map.entry("R3_8", "S3_3_4f"), Map.entry("R4_1", "S3_3_6"),
			Map.entry("R4_2", "S3_3_6"), Map.entry("R4_3", "S3_3_7"), Map.entry("R6_1", "S3_3_7"),
			Map.entry("R5_1", "S3_3_8"), Map.entry("R5_2", "S3_3_8"), Map.entry("R5_3", "S3_3_8"),
			Map.entry("R5_4", "S3_3_8"), Map.entry("R5_5", "S3_3_8"), Map.entry("R6_2", "S3_3_8"),
			Map.entry("R6_3", "S3_3_8"));
	static final LocalDate FIRST = LocalDate.of(2015, 1, 1);

	@Provide
	Arbitrary<Application> applications() {
		Arbitrary<Integer> day = Arbitraries.integers().between(0, 11 * 365);
		Arbitrary<Integer> duration = Arbitraries.integers().between(-1, 120);
		Arbitrary<String> column = Arbitraries.of(COLUMNS);
		Arbitrary<String> channel = Arbitraries.of("S3_1_1", "S3_1_2", "S3_1_3", "S3_1_4");
		Arbitrary<String> outcome = Arbitraries.of(OUTCOMES);
		Arbitrary<Long> id = Arbitraries.longs().between(1, Long.MAX_VALUE / 2);
		return Combinators.combine(id, day, duration, column, channel, outcome, Arbitraries.of(true, false))
				.as((requestId, received, days, applicant, via, result, extended) -> {
					LocalDate receivedOn = FIRST.plusDays(received);
					LocalDate concludedOn = days < 0 ? null : receivedOn.plusDays(days);
					String code = concludedOn == null ? null : result;
					return new Application(requestId, 1L, applicant, via, receivedOn, concludedOn, code,
							code == null ? null : code.startsWith("R6") ? "R6" : code,
							code == null ? null : REPLY_2008.get(code), extended, null, null, null);
				});
	}

	@Provide
	Arbitrary<Remedy> remedies() {
		Arbitrary<Integer> day = Arbitraries.integers().between(0, 11 * 365);
		Arbitrary<Integer> duration = Arbitraries.integers().between(-1, 400);
		Arbitrary<String> kind = Arbitraries.of("RECONSIDERATION", "LITIGATION_DIRECT", "LITIGATION_AFTER_RECONSIDERATION",
				"COMPLAINT");
		Arbitrary<String> result = Arbitraries.of("UPHELD", "CORRECTED", "OTHER");
		return Combinators.combine(Arbitraries.longs().between(1, 1_000_000), day, duration, kind, result)
				.as((id, filed, days, k, r) -> {
					LocalDate filedOn = FIRST.plusDays(filed);
					LocalDate decidedOn = days < 0 ? null : filedOn.plusDays(days);
					String row = switch (k) {
						case "RECONSIDERATION" -> "REVIEW";
						case "LITIGATION_DIRECT" -> "LITIGATION_DIRECT";
						case "LITIGATION_AFTER_RECONSIDERATION" -> "LITIGATION_AFTER_REVIEW";
						default -> null;
					};
					return new Remedy(id, 1L, k, row, filedOn, decidedOn == null ? "PENDING" : r, decidedOn);
				});
	}

	private static ReportRecords records(List<Application> applications, List<Remedy> remedies) {
		return new ReportRecords(applications, remedies, List.of(), List.of(), List.of(), List.of(), List.of());
	}

	@Property(tries = 300)
	void everyArithmeticRuleOfTheYearsEraHolds(@ForAll @Size(max = 60) List<@From("applications") Application> applications,
			@ForAll @Size(max = 20) List<@From("remedies") Remedy> remedies, @ForAll @IntRange(min = 2016, max = 2025) int year) {
		ReportTable table = TableComputation.compute(records(applications, remedies), year).table();

		assertThat(table.format()).isEqualTo(ReportFormat.forYear(year));
		assertThat(new ReportLinter().lint(table)).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
	}

	@Property(tries = 300)
	void everyApplicationIsCountedOnceOnEachSideOfTheBalance(
			@ForAll @Size(max = 60) List<@From("applications") Application> applications,
			@ForAll @IntRange(min = 2019, max = 2025) int year) {
		ReportTable table = TableComputation.compute(records(applications, List.of()), year).table();
		LocalDate start = LocalDate.of(year, 1, 1);
		LocalDate end = LocalDate.of(year, 12, 31);
		long received = applications.stream().filter(a -> !a.receivedOn().isBefore(start) && !a.receivedOn().isAfter(end)).count();
		long open = applications.stream().filter(a -> !a.receivedOn().isAfter(end)
				&& (a.concludedOn() == null || a.concludedOn().isAfter(end))).count();
		assertThat(table.value("NEW", "总计")).isEqualByComparingTo(BigDecimal.valueOf(received));
		assertThat(table.value("CARRY_OUT", "总计")).isEqualByComparingTo(BigDecimal.valueOf(open));
	}

	@Property(tries = 200)
	void theCarryInIsTheYearBeforesCarryOut(@ForAll @Size(max = 60) List<@From("applications") Application> applications,
			@ForAll @IntRange(min = 2020, max = 2025) int year) {
		ReportTable before = TableComputation.compute(records(applications, List.of()), year - 1).table();
		ReportTable table = TableComputation.compute(records(applications, List.of()), year).table();
		for (String column : ReportLayout.APPLICANT_COLUMNS) {
			assertThat(table.value("CARRY_IN", column)).isEqualByComparingTo(before.value("CARRY_OUT", column));
		}
	}

	@Property(tries = 200)
	void aTamperedCellIsCaught(@ForAll @Size(min = 1, max = 40) List<@From("applications") Application> applications,
			@ForAll @IntRange(min = 2016, max = 2025) int year, @ForAll @IntRange(min = 1, max = 9) int delta) {
		ReportTable table = TableComputation.compute(records(applications, List.of()), year).table();
		String row = table.format() == ReportFormat.ERA_2008 ? "S3_1_3" : "R1";
		String column = table.format() == ReportFormat.ERA_2008 ? ReportRow.VALUE : "自然人";
		table.put(row, column, table.value(row, column).add(BigDecimal.valueOf(delta)));

		List<Finding> findings = new ArrayList<>(new ReportLinter().lint(table));
		assertThat(findings).filteredOn(f -> f.severity() != Severity.INFO && f.rows().contains(row)).isNotEmpty();
	}
}
