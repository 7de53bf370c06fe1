package sunshine.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * What is stored instead of a case's query code (密码), for petitions and applications alike: a
 * keyed digest, HMAC-SM3 under the index key of the personal-data keyring
 * ({@code sunshine.crypto.index-key}), of the tracking code and the query code together. The key
 * lives outside the database, so a copy of the database alone cannot try the 31⁶ (about 10⁹) query
 * codes — an unkeyed SHA-256 of six characters falls in minutes.
 *
 * <p>Stored forms (the column holds 64 characters):
 * <ul>
 * <li>{@code q1:<base64url of HMAC(key, "query-code:" TRACKING ":" QUERY)>} — every new case;</li>
 * <li>{@code q0:<base64url of HMAC(key, "legacy:" old digest)>} — a case written before, when
 * the module stored an unkeyed SHA-256: at start-up each module wraps those old digests under the
 * key ({@link #wrapLegacy}), so after the first start no unkeyed digest is left. Both forms are
 * keyed, so a wrapped case needs no rewrite; it is checked by recomputing the old digest and wrapping it.</li>
 * </ul>
 * Tracking and query codes are compared in upper case without surrounding space, as citizens type them.
 */
@Component
public class QueryCodes {

	/** A stored value no query code matches (demo cases without a query code). */
	public static final String UNUSABLE = "q1:none";

	private static final String CURRENT = "q1:";
	private static final String WRAPPED = "q0:";

	private final PersonalDataCipher cipher;

	public QueryCodes(PersonalDataCipher cipher) {
		this.cipher = cipher;
	}

	/** The stored form of a new case's query code. */
	public String hash(String trackingCode, String queryCode) {
		return CURRENT + mac("query-code:" + normal(trackingCode) + ":" + normal(queryCode));
	}

	/** Whether the stored value is already in the current form (no rewrite needed after a look-up). */
	public static boolean isCurrent(String stored) {
		return stored != null && stored.startsWith(CURRENT);
	}

	/** Whether the stored value is still an unkeyed digest, to be wrapped at start-up. */
	public static boolean isUnkeyed(String stored) {
		return stored != null && !stored.startsWith(CURRENT) && !stored.startsWith(WRAPPED);
	}

	/**
	 * Whether the query code opens the case.
	 *
	 * @param legacyDigest the module's old unkeyed digest of the same codes (hex), for a case stored
	 *        before keyed digests; read only when the stored value is a wrapped one
	 */
	public boolean matches(String stored, String trackingCode, String queryCode,
			java.util.function.Supplier<String> legacyDigest) {
		if (stored == null || trackingCode == null || queryCode == null || queryCode.isBlank()) {
			return false;
		}
		String expected = stored.startsWith(CURRENT) ? hash(trackingCode, queryCode)
				: stored.startsWith(WRAPPED) ? wrapLegacy(legacyDigest.get()) : null;
		return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				stored.getBytes(StandardCharsets.US_ASCII));
	}

	/** An old unkeyed digest (hex) wrapped under the key: what start-up writes in its place. */
	public String wrapLegacy(String legacyHexDigest) {
		return WRAPPED + mac("legacy:" + legacyHexDigest.toLowerCase(Locale.ROOT));
	}

	/** SHA-256 in hex, the unkeyed digest the modules stored before. */
	public static String sha256Hex(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private String mac(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(cipher.indexMac(text));
	}

	private static String normal(String code) {
		return code.strip().toUpperCase(Locale.ROOT);
	}
}
