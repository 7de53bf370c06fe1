package sunshine.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StaffAccountTests {

	static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
	static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15));

	private static StaffAccount account() {
		return new StaffAccount("handler", "王海涛", 1L, null, "{noop}x", NOW);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "SYSTEM_ADMIN", "SECURITY_ADMIN", "SECURITY_AUDITOR" })
	void anAdministratorRoleStandsAlone(Role admin) {
		StaffAccount administrator = account();
		administrator.grant(admin);
		for (Role other : Role.values()) {
			if (other != admin) {
				assertThatThrownBy(() -> administrator.grant(other)).isInstanceOf(SeparationOfDutiesException.class);
			}
		}
		StaffAccount business = account();
		business.grant(Role.HANDLER);
		assertThatThrownBy(() -> business.grant(admin)).isInstanceOf(SeparationOfDutiesException.class);
		assertThat(business.getRoles()).containsExactly(Role.HANDLER);
	}

	@Test
	void businessRolesCombine() {
		StaffAccount account = account();
		account.grant(Role.HANDLER);
		account.grant(Role.REVIEWER);
		account.grant(Role.SUPERVISOR);
		assertThat(account.getRoles()).containsExactlyInAnyOrder(Role.HANDLER, Role.REVIEWER, Role.SUPERVISOR);
	}

	@Test
	void locksOnTheFifthFailureForFifteenMinutes() {
		StaffAccount account = account();
		for (int i = 1; i <= 4; i++) {
			assertThat(account.recordFailedLogin(NOW.plusSeconds(i), POLICY)).isFalse();
		}
		assertThat(account.recordFailedLogin(NOW.plusSeconds(5), POLICY)).isTrue();
		assertThat(account.isLockedAt(NOW.plusSeconds(6))).isTrue();
		assertThat(account.isLockedAt(NOW.plusSeconds(5).plus(Duration.ofMinutes(15)).minusMillis(1))).isTrue();
		assertThat(account.isLockedAt(NOW.plusSeconds(5).plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void aSuccessfulLoginForgetsEarlierFailures() {
		StaffAccount account = account();
		for (int i = 1; i <= 4; i++) {
			account.recordFailedLogin(NOW, POLICY);
		}
		account.recordSuccessfulLogin();
		assertThat(account.recordFailedLogin(NOW, POLICY)).isFalse();
		assertThat(account.getFailedAttempts()).isEqualTo(1);
	}
}
