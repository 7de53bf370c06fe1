package sunshine.shared;

import java.security.SecureRandom;

/**
 * Codes a citizen uses to follow a case: a tracking code (查询码) and a separate query code (密码).
 * Both come from a cryptographic random source, so neither can be guessed from another case's.
 */
public final class TrackingCodes {

	/** Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L). */
	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
	private static final SecureRandom RANDOM = new SecureRandom();

	private TrackingCodes() {
	}

	/** A tracking code such as {@code XF-2025-7KQ4M9TZ}: the prefix, the year, 8 random characters (about 40 bits). */
	public static String trackingCode(String prefix, int year) {
		return prefix + "-" + year + "-" + random(8);
	}

	/** A query code of 6 random characters (about 30 bits), shown once to the citizen. */
	public static String queryCode() {
		return random(6);
	}

	private static String random(int length) {
		var code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}
}
