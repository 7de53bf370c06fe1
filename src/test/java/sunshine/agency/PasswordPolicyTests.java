package sunshine.agency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(nullValues = "null", value = {
			"Sun-Ab3Cd4Ef5, ''",
			"Abcdefgh12, ''",
			"abcdefgh1!, ''",
			"Short1!, password.tooShort",
			"null, password.tooShort",
			"abcdefghijkl, password.tooSimple",
			"ABCDEFGH1234, password.tooSimple",
			"Handler-2017x, password.containsUsername" })
	void judgesPasswords(String password, String expected) {
		var violations = PasswordPolicy.violations(password, "handler");
		if (expected.isEmpty()) {
			assertThat(violations).isEmpty();
		}
		else {
			assertThat(violations).contains(expected);
		}
	}
}
