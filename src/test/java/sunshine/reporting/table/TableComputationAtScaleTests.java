package sunshine.reporting.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import sunshine.reporting.table.ReportRecords.Application;

/**
 * The 2021 table's section 三 over 60,000 generated applications — most of them in the few cells a
 * busy bureau fills — against counts made here record by record: every cell's figure, and the records
 * behind it (each once, in the order read). Seeded; {@code -Dsunshine.seed=N} replays a failure.
 */
class TableComputationAtScaleTests {

	static final List<String> COLUMNS = ComputedTablePropertiesTests.COLUMNS;
	static final List<String> OUTCOMES = ComputedTablePropertiesTests.OUTCOMES;
	static final int YEAR = 2023;

	@Test
	void countsEveryApplicationOnceInEachCellItBelongsTo() {
		long seed = Long.getLong("sunshine.seed", System.nanoTime());
		Random random = new Random(seed);
		List<Application> applications = new ArrayList<>();
		LocalDate start = LocalDate.of(YEAR, 1, 1);
		LocalDate end = LocalDate.of(YEAR, 12, 31);
		for (long id = 1; id <= 60_000; id++) {
			// edges: 31 Dec of the year before, 1 Jan, 31 Dec, 1 Jan after; otherwise three years around Y
			LocalDate received = switch (random.nextInt(10)) {
				case 0 -> start.minusDays(1);
				case 1 -> start;
				case 2 -> end;
				case 3 -> end.plusDays(1);
				default -> start.minusDays(365).plusDays(random.nextInt(3 * 365));
			};
			int days = random.nextInt(8) == 0 ? -1 : random.nextInt(4) == 0 ? 0 : random.nextInt(120);
			LocalDate concluded = days < 0 ? null : received.plusDays(days);
			// a busy bureau: nine in ten from 自然人, half answered R1
			String column = random.nextInt(10) < 9 ? COLUMNS.get(0) : COLUMNS.get(random.nextInt(COLUMNS.size()));
			String outcome = concluded == null ? null
					: random.nextBoolean() ? "R1" : OUTCOMES.get(random.nextInt(OUTCOMES.size()));
			applications.add(new Application(id, 1L, column, "S3_1_3", received, concluded, outcome,
					outcome == null ? null : outcome.startsWith("R6") ? "R6" : outcome, null, false, null, null, null));
		}

		TableComputation.Computed computed = TableComputation.compute(
				new ReportRecords(applications, List.of(), List.of(), List.of(), List.of(), List.of(), List.of()), YEAR);

		Map<String, List<String>> expected = new LinkedHashMap<>();
		for (Application a : applications) {
			String source = "request:" + a.requestId();
			boolean receivedIn = !a.receivedOn().isBefore(start) && !a.receivedOn().isAfter(end);
			boolean concludedIn = a.concludedOn() != null && !a.concludedOn().isBefore(start) && !a.concludedOn().isAfter(end);
			if (receivedIn) {
				expect(expected, "NEW", a.applicantColumn(), source);
			}
			if (a.receivedOn().isBefore(start) && (a.concludedOn() == null || !a.concludedOn().isBefore(start))) {
				expect(expected, "CARRY_IN", a.applicantColumn(), source);
			}
			if (concludedIn && !a.receivedOn().isAfter(end)) {
				expect(expected, a.outcomeCode(), a.applicantColumn(), source);
				expect(expected, "R7", a.applicantColumn(), source);
			}
			if (!a.receivedOn().isAfter(end) && (a.concludedOn() == null || a.concludedOn().isAfter(end))) {
				expect(expected, "CARRY_OUT", a.applicantColumn(), source);
			}
		}
		assertThat(expected.get(TableComputation.cellKey("R1", COLUMNS.get(0))))
				.as("seed %d: the busiest cell holds thousands of records", seed).hasSizeGreaterThan(3_000);
		for (String row : List.of("NEW", "CARRY_IN", "R1", "R3_4", "R6_2", "R7", "CARRY_OUT")) {
			List<String> rowTotal = new ArrayList<>();
			for (String column : COLUMNS) {
				List<String> records = expected.getOrDefault(TableComputation.cellKey(row, column), List.of());
				rowTotal.addAll(records);
				assertThat(computed.table().value(row, column)).as("seed %d: %s %s", seed, row, column)
						.isEqualByComparingTo(BigDecimal.valueOf(records.size()));
				assertThat(computed.recordsOf(row, column)).as("seed %d: records of %s %s", seed, row, column)
						.containsExactlyElementsOf(records);
			}
			assertThat(computed.table().value(row, ReportLayout.TOTAL)).as("seed %d: %s 总计", seed, row)
					.isEqualByComparingTo(BigDecimal.valueOf(rowTotal.size()));
			assertThat(computed.recordsOf(row, ReportLayout.TOTAL)).as("seed %d: records of %s 总计", seed, row)
					.containsExactlyInAnyOrderElementsOf(rowTotal);
		}
	}

	@Test
	void theTableAloneEqualsTheTableWithItsRecordsInEveryEra() {
		long seed = Long.getLong("sunshine.seed", System.nanoTime());
		Random random = new Random(seed);
		List<Application> applications = new ArrayList<>();
		for (long id = 1; id <= 5_000; id++) {
			LocalDate received = LocalDate.of(2007, 1, 1).plusDays(random.nextInt(17 * 365));
			LocalDate concluded = random.nextInt(6) == 0 ? null : received.plusDays(random.nextInt(90));
			String outcome = concluded == null ? null : OUTCOMES.get(random.nextInt(OUTCOMES.size()));
			applications.add(new Application(id, 1L, COLUMNS.get(random.nextInt(COLUMNS.size())),
					"S3_1_" + (1 + random.nextInt(4)), received, concluded, outcome,
					outcome == null ? null : outcome.startsWith("R6") ? "R6" : outcome,
					outcome == null ? null : ComputedTablePropertiesTests.REPLIES_2008.get(random.nextInt(ComputedTablePropertiesTests.REPLIES_2008.size())), random.nextBoolean(),
					random.nextInt(5) == 0 ? 100 + random.nextInt(900) : null,
					random.nextInt(7) == 0 ? received.plusDays(20) : null, random.nextInt(7) == 0 ? received.plusDays(10) : null));
		}
		ReportRecords records = new ReportRecords(applications, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
		for (int year : List.of(2009, 2019, 2020, 2022)) {
			TableComputation.Computed full = TableComputation.compute(records, year);
			TableComputation.Computed table = TableComputation.computeTable(records, year);
			assertThat(table.table().rowsAsJson()).as("seed %d, %d", seed, year).isEqualTo(full.table().rowsAsJson());
			assertThat(table.figures()).as("seed %d, %d", seed, year).isEqualTo(full.figures());
			assertThat(table.recordsOf("NEW", COLUMNS.get(0))).isEmpty();
		}
	}

	private static void expect(Map<String, List<String>> expected, String row, String column, String source) {
		expected.computeIfAbsent(TableComputation.cellKey(row, column), k -> new ArrayList<>()).add(source);
	}
}
