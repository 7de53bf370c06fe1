package sunshine.reporting.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import sunshine.reporting.table.ReportRecords.Application;
import sunshine.reporting.table.ReportRecords;
import sunshine.reporting.table.ReportTable;
import sunshine.reporting.table.TableComputation;

/** The carry-over chain between a computed table and the year before's. */
class ComputedTableChecksTests {

	static ReportRecords oneOpenApplication() {
		// received 20 Dec 2021 by a natural person, answered 10 Jan 2022: carried out of 2021 into 2022
		return new ReportRecords(List.of(new Application(1, 1, "自然人", "S3_1_3", LocalDate.of(2021, 12, 20),
				LocalDate.of(2022, 1, 10), "R1", "R1", "S3_3_2", false, null, null, null)), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of());
	}

	@Test
	void computedYearsChainWithoutFindings() {
		ReportTable y2021 = TableComputation.compute(oneOpenApplication(), 2021).table();
		ReportTable y2022 = TableComputation.compute(oneOpenApplication(), 2022).table();
		assertThat(y2021.value("CARRY_OUT", "自然人")).isEqualByComparingTo("1");
		assertThat(y2022.value("CARRY_IN", "自然人")).isEqualByComparingTo("1");
		assertThat(y2022.value("R1", "自然人")).isEqualByComparingTo("1");
		assertThat(ComputedTableChecks.check(y2022, y2021)).filteredOn(f -> f.severity() != Finding.Severity.INFO).isEmpty();
	}

	@Test
	void aCarryInThatIsNotLastYearsCarryOutIsFound() {
		ReportTable y2021 = TableComputation.compute(oneOpenApplication(), 2021).table();
		ReportTable y2022 = TableComputation.compute(oneOpenApplication(), 2022).table();
		y2021.put("CARRY_OUT", "自然人", BigDecimal.valueOf(2));
		y2021.put("CARRY_OUT", "总计", BigDecimal.valueOf(2));

		List<Finding> findings = ComputedTableChecks.check(y2022, y2021);

		assertThat(findings).filteredOn(f -> f.rule().equals("T3.CARRY_OVER_CHAIN")).extracting(Finding::column)
				.containsExactly("自然人", "总计");
	}

	@Test
	void the2019TableHasNoChainToThe2008Table() {
		ReportTable y2018 = TableComputation.compute(oneOpenApplication(), 2018).table();
		ReportTable y2019 = TableComputation.compute(oneOpenApplication(), 2019).table();
		assertThat(ComputedTableChecks.check(y2019, y2018)).extracting(Finding::rule).doesNotContain("T3.CARRY_OVER_CHAIN");
	}
}
