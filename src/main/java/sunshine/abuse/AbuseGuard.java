package sunshine.abuse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import jakarta.servlet.http.HttpServletRequest;
import sunshine.abuse.internal.SharedAbuseState;
import sunshine.shared.PersonalDataCipher;
import sunshine.shared.PhoneNumber;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gate every public submission and tracking look-up passes. Modules call it from their
 * controllers with what only they know (the phone number, the content); it answers with an
 * {@link Admission}.
 *
 * <p>State (the limits' buckets, used challenges, filed contents, idempotency keys) is kept in the
 * database all nodes share ({@link SharedAbuseState}), under blind indexes of the addresses, phone
 * numbers and codes: behind a load balancer the nodes together allow what one node allows, and a
 * challenge used or a key answered on one node is so on all.
 */
@Service
public class AbuseGuard {

	public static final String TOKEN_FIELD = "_challenge";
	public static final String NONCE_FIELD = "_nonce";
	public static final String ANSWER_FIELD = "_answer";
	public static final String HONEYPOT_FIELD = "website";
	public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

	private static final Duration IDEMPOTENCY_KEPT = Duration.ofDays(1);
	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<LinkedHashMap<String, Object>> ANSWER = new TypeReference<>() {
	};

	private final AbuseSettings settings;
	private final Clock clock;
	private final SharedAbuseState state;
	private final PersonalDataCipher cipher;
	private final byte[] secret;
	private final SecureRandom random = new SecureRandom();

	/** What an {@code Idempotency-Key} finds: nothing, the earlier answer, or a key reused with another body. */
	public sealed interface Replay {
		record None() implements Replay {
		}

		record Same(Map<String, Object> response) implements Replay {
		}

		record OtherBody() implements Replay {
		}
	}

	AbuseGuard(AbuseSettings settings, Clock clock, PersonalDataCipher cipher, SharedAbuseState state) {
		this.settings = settings;
		this.clock = clock;
		this.cipher = cipher;
		this.state = state;
		// Keyed from the deployment's configured keys, so every node verifies the challenges of the others.
		this.secret = HexFormat.of().parseHex(cipher.blindIndex("sunshine-abuse-challenge"));
	}

	public boolean challengeOn() {
		return settings.challengeOn();
	}

	/**
	 * A fresh challenge for a form. The token carries the time, a random salt and a keyed tag of the
	 * arithmetic answer — never the two numbers: only the page shows the question, and only the
	 * server, which holds the key, can tell a right answer from a wrong one.
	 */
	public Challenge issue() {
		int a = 1 + random.nextInt(20);
		int b = 1 + random.nextInt(20);
		byte[] bytes = new byte[12];
		random.nextBytes(bytes);
		String salt = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		String body = clock.instant().getEpochSecond() + "." + salt + "." + answerTag(salt, String.valueOf(a + b));
		String token = body + "." + sign(body);
		return new Challenge(token, settings.difficultyBits(), a + " + " + b);
	}

	/**
	 * A form submission: the honeypot must be empty, the challenge answered (unless switched off),
	 * and the limits of the address and the phone number not exceeded; the same content filed by the
	 * same phone within the duplicate window is refused.
	 */
	public Admission admitForm(HttpServletRequest request, String phone, String content) {
		String honeypot = request.getParameter(HONEYPOT_FIELD);
		if (honeypot != null && !honeypot.isEmpty()) {
			return Admission.refused("abuse.honeypot");
		}
		if (settings.challengeOn() && !challengeAnswered(request.getParameter(TOKEN_FIELD),
				request.getParameter(NONCE_FIELD), request.getParameter(ANSWER_FIELD))) {
			return Admission.refused("abuse.challenge");
		}
		Admission limits = admitSubmission(request, phone);
		if (!limits.admitted()) {
			return limits;
		}
		return isDuplicate(phone, content) ? Admission.refused("abuse.duplicate") : Admission.ADMITTED;
	}

	/**
	 * A JSON submission: the limits of the address and of the person (the phone number as stored,
	 * so {@code +86 138 0013 8000} and {@code 13800138000} share one budget). The duplicate window
	 * is asked separately, after the submission has been found valid ({@link #isDuplicate}).
	 */
	public Admission admitSubmission(HttpServletRequest request, String phone) {
		String address = request.getRemoteAddr();
		long wait = take("ip-burst", address, settings.submissionsPerIpBurst(), Duration.ofMinutes(1));
		if (wait == 0) {
			wait = take("ip-hour", address, settings.submissionsPerIpHour(), Duration.ofHours(1));
		}
		if (wait > 0) {
			return Admission.tooMany("abuse.tooManyFromAddress", wait);
		}
		String person = person(phone);
		if (person != null) {
			wait = take("phone-day", person, settings.submissionsPerPhoneDay(), Duration.ofDays(1));
			if (wait > 0) {
				return Admission.tooMany("abuse.tooManyFromPhone", wait);
			}
		}
		return Admission.ADMITTED;
	}

	/**
	 * A look-up by tracking code and query code, on whatever route it comes (tracking, rating,
	 * 复查, a letter download, the API): limited per address, and per tracking code whatever the
	 * address, so query codes can be tried neither by the thousand from one address nor against one
	 * case from many.
	 */
	public Admission admitLookup(HttpServletRequest request, String trackingCode) {
		long wait = take("lookup-ip", request.getRemoteAddr(), settings.lookupsPerIpMinute(), Duration.ofMinutes(1));
		if (wait == 0 && trackingCode != null && !trackingCode.isBlank()) {
			String code = trackingCode.strip().toUpperCase(java.util.Locale.ROOT);
			wait = take("lookup-code", code.length() > 40 ? code.substring(0, 40) : code,
					settings.lookupsPerCodeHour(), Duration.ofHours(1));
		}
		return wait == 0 ? Admission.ADMITTED : Admission.tooMany("abuse.tooManyLookups", wait);
	}

	/**
	 * The answer given earlier to the same client (its address) for the same key: the same answer
	 * when the body is the same, {@link Replay.OtherBody} when the key comes back with another body.
	 * Kept for a day. Another client's key finds nothing.
	 */
	public Replay replay(HttpServletRequest request, String body) {
		String key = idempotencyKey(request);
		if (key == null) {
			return new Replay.None();
		}
		var kept = state.kept(key, clock.instant());
		if (kept.isEmpty()) {
			return new Replay.None();
		}
		if (!kept.get().bodyDigest().equals(digest(body))) {
			return new Replay.OtherBody();
		}
		Map<String, Object> answer = JSON.readValue(cipher.decrypt(kept.get().sealedResponse()), ANSWER);
		return new Replay.Same(java.util.Collections.unmodifiableMap(answer));
	}

	/** Remembers the answer to a created resource under the client's key and the body's digest. */
	public void remember(HttpServletRequest request, String body, Map<String, Object> response) {
		String key = idempotencyKey(request);
		if (key != null) {
			Instant now = clock.instant();
			// sealed with SM4: the answer holds the query code
			state.keep(key, digest(body), cipher.encrypt(JSON.writeValueAsString(response)), now.plus(IDEMPOTENCY_KEPT));
		}
	}

	/** The client's key as stored: the blind index of its address and the key it sent. */
	private String idempotencyKey(HttpServletRequest request) {
		String key = request.getHeader(IDEMPOTENCY_HEADER);
		if (key == null || key.isBlank() || key.length() > 200) {
			return null;
		}
		return stored(request.getRemoteAddr() + "\u001f" + key.strip());
	}

	/**
	 * How a key is written to the shared tables: the blind index (HMAC-SM3, the deployment's index key)
	 * of its SHA-256 — exact (no case folding), fixed in length, and no address, phone number or code
	 * readable in the database.
	 */
	private String stored(String key) {
		return cipher.blindIndex(HexFormat.of().formatHex(sha256(key)));
	}

	private static String digest(String body) {
		return HexFormat.of().formatHex(sha256(body == null ? "" : body));
	}

	/**
	 * Whether the same person (phone number as stored) filed the same content within the duplicate
	 * window. Only filed submissions count ({@link #filed}): an invalid one is refused by its own
	 * problems, and never makes a later one a "duplicate".
	 */
	public boolean isDuplicate(String phone, String content) {
		if (content == null) {
			return false;
		}
		return state.marked("content", fingerprint(phone, content), clock.instant());
	}

	/** A submission was filed: its content counts as a duplicate for the same person within the window. */
	public void filed(String phone, String content) {
		if (content != null) {
			state.mark("content", fingerprint(phone, content), clock.instant().plus(settings.duplicateWindow()));
		}
	}

	private String fingerprint(String phone, String content) {
		String person = person(phone);
		return stored((person == null ? "" : person) + "\u001f" + content.replaceAll("\\s+", ""));
	}

	/** Who a phone number is: the number as stored when it parses, else its digits; nothing for none. */
	static String person(String phone) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		return PhoneNumber.parse(phone).map(PhoneNumber::value).map(v -> v.replace("-", ""))
				.orElseGet(() -> {
					String digits = phone.replaceAll("\\D", "");
					return digits.isEmpty() ? phone.strip() : digits;
				});
	}

	boolean challengeAnswered(String token, String nonce, String answer) {
		if (token == null) {
			return false;
		}
		int dot = token.lastIndexOf('.');
		if (dot < 0 || !sign(token.substring(0, dot)).equals(token.substring(dot + 1))) {
			return false;
		}
		String[] parts = token.substring(0, dot).split("\\.");
		if (parts.length != 3 || !parts[0].matches("\\d{1,12}")) {
			return false;
		}
		Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[0]));
		Instant now = clock.instant();
		if (issued.plus(settings.challengeLifetime()).isBefore(now) || issued.isAfter(now.plusSeconds(60))) {
			return false;
		}
		// Every attempt uses the challenge up, right or wrong: its answer cannot be guessed by trying.
		// Kept until the challenge could no longer be answered anyway; on every node.
		if (!state.markOnce("challenge", stored(token), issued.plus(settings.challengeLifetime()).plusSeconds(60), now)) {
			return false;
		}
		boolean solved = nonce != null && !nonce.isBlank() && nonce.length() <= 20
				&& leadingZeroBits(sha256(token + ":" + nonce.strip())) >= settings.difficultyBits();
		boolean answered = answer != null && answer.strip().matches("\\d{1,3}") && MessageDigest.isEqual(
				answerTag(parts[1], String.valueOf(Integer.parseInt(answer.strip()))).getBytes(StandardCharsets.US_ASCII),
				parts[2].getBytes(StandardCharsets.US_ASCII));
		return solved || answered;
	}

	/**
	 * Takes one token from the bucket of {@code limit} for {@code key} (capacity tokens, refilled
	 * greedily over the period), shared by all nodes: 0 when there was one, else the seconds until
	 * there is (at least 1).
	 */
	private long take(String limit, String key, int capacity, Duration period) {
		return state.take(limit, stored(key), capacity, period, clock.instant());
	}

	private String answerTag(String salt, String answer) {
		return sign("answer:" + salt + ":" + answer).substring(0, 22);
	}

	private String sign(String body) {
		try {
			var mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256"));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static int leadingZeroBits(byte[] hash) {
		int bits = 0;
		for (byte b : hash) {
			if (b == 0) {
				bits += 8;
				continue;
			}
			bits += Integer.numberOfLeadingZeros(b & 0xff) - 24;
			break;
		}
		return bits;
	}
}
