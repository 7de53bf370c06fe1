package sunshine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each integration run is on the database it is named for: the build tells every failsafe execution
 * which one it means ({@code sunshine.it.database}: H2, PostgreSQL, MariaDB) apart from the
 * {@code SPRING_DATASOURCE_*} variables that point the application at it; if those stopped working,
 * the PostgreSQL and MariaDB runs would quietly run on H2 — this test fails instead. The product and
 * version actually used go into the build log.
 */
@SunshineIntegrationTest
class DatabaseProductIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	MutableClock clock;

	@Test
	void runsOnTheDatabaseTheBuildNamesForThisRun() throws Exception {
		String expected = System.getProperty("sunshine.it.database");
		assertThat(expected).as("the build names the database of each integration run").isNotBlank();
		try (Connection connection = dataSource.getConnection()) {
			var metadata = connection.getMetaData();
			System.out.printf("== Integration tests on %s %s (%s), test clock at %s%n", metadata.getDatabaseProductName(),
					metadata.getDatabaseProductVersion(), metadata.getURL(), clock.instant().atZone(clock.getZone()));
			assertThat(metadata.getDatabaseProductName()).isEqualTo(expected);
			if (!expected.equals("H2")) {
				assertThat(metadata.getURL()).as("a server database, not the embedded one").doesNotStartWith("jdbc:h2:");
			}
		}
	}
}
