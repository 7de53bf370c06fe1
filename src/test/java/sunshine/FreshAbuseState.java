package sunshine;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Starts every test class with no anti-abuse state. The limits, used challenges, filed contents and
 * idempotency answers live in the shared database, so the classes that run with small limits (the
 * anti-abuse tests' own context) would otherwise leave buckets that refuse the next class's submissions
 * from the same address, although that class runs with the test configuration's generous limits.
 */
class FreshAbuseState implements TestExecutionListener {

	@Override
	public void beforeTestClass(TestContext testContext) {
		JdbcClient jdbc = JdbcClient.create(testContext.getApplicationContext().getBean(DataSource.class));
		for (String table : new String[] { "abuse_limit", "abuse_mark", "abuse_idempotency" }) {
			jdbc.sql("delete from " + table).update();
		}
	}
}
