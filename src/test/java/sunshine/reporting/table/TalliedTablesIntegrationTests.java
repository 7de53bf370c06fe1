package sunshine.reporting.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import sunshine.SunshineIntegrationTest;
import sunshine.agency.Agency;
import sunshine.agency.AgencyLookup;

/**
 * Table pages and roll-ups count applications tallied in the database ({@link ReportTables#tallies}); the
 * drill-down counts them one by one ({@link ReportTables#records}). Both must give the same table, every
 * cell and fee figure, for every agency, every roll-up and every year of the demo data — each era of the
 * format, years with applications carried in and out, fees notified in one year and paid in the next.
 */
@SunshineIntegrationTest
class TalliedTablesIntegrationTests {

	@Autowired
	ReportTables tables;

	@Autowired
	AgencyLookup agencies;

	@Test
	void talliedInTheDatabaseEqualsCountedOneByOneForEveryAgencyRollUpAndYear() {
		List<String> differences = new ArrayList<>();
		long applicationsCounted = 0;
		long talliedRows = 0;
		Agency region = agencies.byCode("640000-xfj").orElseThrow();
		List<Set<Long>> scopes = new ArrayList<>();
		for (Agency agency : agencies.tree()) {
			scopes.add(Set.of(agency.getId()));
		}
		scopes.add(tables.rollupOf(region.getId()));
		for (int year = 2016; year <= 2025; year++) {
			for (Set<Long> scope : scopes) {
				ReportRecords one = tables.records(scope, year);
				ReportRecords tallied = tables.tallies(scope, year);
				if (scope.size() > 1) { // the region's roll-up
					applicationsCounted += one.applications().size();
					talliedRows += tallied.applications().size();
				}
				assertThat(tallied.applications().stream().mapToLong(ReportRecords.Application::count).sum())
						.isEqualTo(one.applications().size());
				var expected = TableComputation.computeTable(one, year);
				var actual = TableComputation.computeTable(tallied, year);
				for (ReportRow row : expected.table().layout().rows()) {
					for (String column : row.columns()) {
						BigDecimal want = expected.table().value(row.id(), column);
						BigDecimal got = actual.table().value(row.id(), column);
						if (want == null ? got != null : got == null || want.compareTo(got) != 0) {
							differences.add(year + " " + scope.size() + " agencies " + row.id() + "/" + column + ": " + want
									+ " ≠ " + got);
						}
					}
				}
				if (!expected.figures().equals(actual.figures())) {
					differences.add(year + " fees " + expected.figures() + " ≠ " + actual.figures());
				}
			}
		}
		assertThat(differences).isEmpty();
		// the comparison is about something: the region's applications of ten years, some of them tallied together
		assertThat(applicationsCounted).isGreaterThan(1_000);
		assertThat(talliedRows).as("tallies of %d applications", applicationsCounted).isLessThan(applicationsCounted);
	}
}
