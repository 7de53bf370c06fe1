package sunshine.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Password rules for staff accounts (等保 2.0 身份鉴别: 口令复杂度): at least 10 characters, from at
 * least three of upper-case letters, lower-case letters, digits and other characters, and not
 * containing the username. Each violation is a message key of the bundles.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	private PasswordPolicy() {
	}

	public static List<String> violations(String password, String username) {
		var violations = new ArrayList<String>();
		if (password == null || password.length() < MIN_LENGTH) {
			violations.add("password.tooShort");
			return violations;
		}
		if (password.length() > 128) {
			violations.add("password.tooLong");
		}
		int classes = 0;
		classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
		classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
		if (classes < 3) {
			violations.add("password.tooSimple");
		}
		if (username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			violations.add("password.containsUsername");
		}
		return violations;
	}
}
