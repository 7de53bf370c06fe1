package sunshine;

import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What the integration tests add to the application: a clock they can move, and — on a shared
 * server database (PostgreSQL, MariaDB) — a clean schema once per test run, so that every run
 * starts from the migrations alone.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

	private static final AtomicBoolean cleaned = new AtomicBoolean();

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(ZoneId.of("Asia/Shanghai"));
	}

	@Bean
	FlywayMigrationStrategy cleanOnceThenMigrate() {
		return flyway -> {
			if ("true".equals(System.getenv("SUNSHINE_TEST_CLEAN_DATABASE")) && cleaned.compareAndSet(false, true)) {
				flyway.clean();
			}
			flyway.migrate();
		};
	}
}
