package sunshine.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import sunshine.Http;
import sunshine.MutableClock;
import sunshine.SunshineIntegrationTest;

/** 登录失败处理: five wrong passwords lock an account for fifteen minutes, on the form and on HTTP Basic alike. */
@SunshineIntegrationTest
class LoginLockoutIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void locksAnAccountAfterFiveWrongPasswordsForFifteenMinutes() {
		var http = new Http(port);
		String user = "handler-640521";
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(http.get("/api/v1/me", "Authorization", Http.basic(user, "Wrong-Pass-" + attempt)).statusCode())
					.isEqualTo(401);
		}
		assertThat(http.get("/api/v1/me", "Authorization", Http.basic(user, "Test-Pass-2017")).statusCode())
				.as("four failures do not lock").isEqualTo(200);

		for (int attempt = 1; attempt <= 5; attempt++) {
			http.get("/api/v1/me", "Authorization", Http.basic(user, "Wrong-Pass-" + attempt));
		}
		var locked = http.get("/api/v1/me", "Authorization", Http.basic(user, "Test-Pass-2017"));
		assertThat(locked.statusCode()).isEqualTo(401);
		assertThat(locked.body()).contains("账户已锁定");

		clock.advance(Duration.ofMinutes(14));
		assertThat(http.get("/api/v1/me", "Authorization", Http.basic(user, "Test-Pass-2017")).statusCode())
				.as("still locked after 14 minutes").isEqualTo(401);

		clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		assertThat(http.get("/api/v1/me", "Authorization", Http.basic(user, "Test-Pass-2017")).statusCode())
				.as("unlocked after 15 minutes").isEqualTo(200);

		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'staff.locked' and subject = :s")
				.param("s", "staff:" + user).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'staff.login.failed' and subject = :s")
				.param("s", "staff:" + user).query(Long.class).single()).isGreaterThanOrEqualTo(9);
	}
}
