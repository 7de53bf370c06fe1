package sunshine.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A citizen identity number (公民身份号码) of GB 11643-1999: 17 digits — the address code, the date
 * of birth, a sequence code — and an ISO 7064 MOD 11-2 check character (0–9 or X).
 */
public record ChineseIdNumber(String value) {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	public ChineseIdNumber {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a valid citizen identity number");
		}
		value = value.toUpperCase(java.util.Locale.ROOT);
	}

	/** The number, if the text is a well-formed identity number with the right check character. */
	public static Optional<ChineseIdNumber> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String trimmed = text.strip();
		return isValid(trimmed) ? Optional.of(new ChineseIdNumber(trimmed)) : Optional.empty();
	}

	public static boolean isValid(String text) {
		if (text == null || text.length() != 18) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
			sum += (c - '0') * WEIGHTS[i];
		}
		char last = Character.toUpperCase(text.charAt(17));
		if (last != CHECK[sum % 11]) {
			return false;
		}
		try {
			LocalDate birth = LocalDate.of(Integer.parseInt(text.substring(6, 10)),
					Integer.parseInt(text.substring(10, 12)), Integer.parseInt(text.substring(12, 14)));
			return birth.getYear() >= 1880;
		}
		catch (DateTimeException e) {
			return false;
		}
	}

	/** The check character for the first 17 digits. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	/** For lists: the first six and the last four characters, e.g. 640102********1234. */
	public String masked() {
		return value.substring(0, 6) + "********" + value.substring(14);
	}

	@Override
	public String toString() {
		return masked();
	}
}
