package sunshine.shared;

import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from the
 * 31-character set {@code 0-9 A-H J-N P-R T-U W-Y}, the last a MOD 31 check character.
 */
public record UnifiedSocialCreditCode(String value) {

	private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public UnifiedSocialCreditCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a valid unified social credit code");
		}
		value = value.toUpperCase(java.util.Locale.ROOT);
	}

	public static Optional<UnifiedSocialCreditCode> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String trimmed = text.strip();
		return isValid(trimmed) ? Optional.of(new UnifiedSocialCreditCode(trimmed)) : Optional.empty();
	}

	public static boolean isValid(String text) {
		if (text == null || text.length() != 18) {
			return false;
		}
		String upper = text.toUpperCase(java.util.Locale.ROOT);
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int code = CHARSET.indexOf(upper.charAt(i));
			if (code < 0) {
				return false;
			}
			sum += code * WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return upper.charAt(17) == CHARSET.charAt(check);
	}

	/** The check character for the first 17 characters. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CHARSET.indexOf(Character.toUpperCase(first17.charAt(i))) * WEIGHTS[i];
		}
		return CHARSET.charAt((31 - sum % 31) % 31);
	}
}
