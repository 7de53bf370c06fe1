package sunshine.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A telephone number in mainland China: a mobile number (11 digits starting with 1[3-9]) or a
 * fixed line with its area code (0951-5057143, 09515057143), optionally with an extension.
 */
public record PhoneNumber(String value) {

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
	private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

	public PhoneNumber {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a valid phone number");
		}
	}

	public static Optional<PhoneNumber> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		// Full-width digits and signs (１３８…, ＋８６) become ASCII; spaces, NBSP, dots and brackets go.
		String cleaned = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
				.replaceAll("[\\s\\u00a0\\u3000().]", "");
		cleaned = cleaned.replaceFirst("^(\\+86|0086)-?", "");
		if (isValid(cleaned)) {
			return Optional.of(new PhoneNumber(cleaned));
		}
		// A mobile number written in groups (138-0013-8000), or with the country code without its plus.
		String digits = cleaned.replace("-", "");
		if (digits.length() == 13 && digits.startsWith("86")) {
			digits = digits.substring(2);
		}
		return MOBILE.matcher(digits).matches() ? Optional.of(new PhoneNumber(digits)) : Optional.empty();
	}

	public static boolean isValid(String text) {
		return text != null && (MOBILE.matcher(text).matches() || LANDLINE.matcher(text).matches());
	}

	public boolean isMobile() {
		return MOBILE.matcher(value).matches();
	}

	/** For lists: 138****5678 for a mobile, the area code and the last four digits otherwise. */
	public String masked() {
		if (isMobile()) {
			return value.substring(0, 3) + "****" + value.substring(7);
		}
		return value.substring(0, Math.min(4, value.length())) + "****" + value.substring(value.length() - 4);
	}

	@Override
	public String toString() {
		return masked();
	}
}
