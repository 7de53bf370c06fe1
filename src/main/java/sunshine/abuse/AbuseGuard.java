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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletRequest;
import sunshine.shared.PersonalDataCipher;

/**
 * The gate every public submission and tracking look-up passes. Modules call it from their
 * controllers with what only they know (the phone number, the content); it answers with an
 * {@link Admission}.
 *
 * <p>State (buckets, recent fingerprints, used challenges, idempotency keys) is kept in this
 * node's memory, bounded and expiring; behind a load balancer each node limits on its own, so the
 * effective limit is at most the number of nodes times the setting.
 */
@Service
public class AbuseGuard {

	public static final String TOKEN_FIELD = "_challenge";
	public static final String NONCE_FIELD = "_nonce";
	public static final String ANSWER_FIELD = "_answer";
	public static final String HONEYPOT_FIELD = "website";
	public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

	private static final int MAX_ENTRIES = 100_000;

	private final AbuseSettings settings;
	private final Clock clock;
	private final byte[] secret;
	private final SecureRandom random = new SecureRandom();
	private final TimeMeter time;
	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
	private final Map<String, Instant> recent = new ConcurrentHashMap<>();
	private final Map<String, Instant> usedChallenges = new ConcurrentHashMap<>();
	private final Map<String, Remembered> idempotent = new ConcurrentHashMap<>();

	private record Remembered(Map<String, Object> response, Instant at) {
	}

	AbuseGuard(AbuseSettings settings, Clock clock, PersonalDataCipher cipher) {
		this.settings = settings;
		this.clock = clock;
		// Keyed from the deployment's configured keys, so every node verifies the challenges of the others.
		this.secret = HexFormat.of().parseHex(cipher.blindIndex("sunshine-abuse-challenge"));
		this.time = new TimeMeter() {
			@Override
			public long currentTimeNanos() {
				Instant now = clock.instant();
				return now.getEpochSecond() * 1_000_000_000L + now.getNano();
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}
		};
	}

	public boolean challengeOn() {
		return settings.challengeOn();
	}

	/** A fresh challenge for a form. */
	public Challenge issue() {
		int a = 1 + random.nextInt(20);
		int b = 1 + random.nextInt(20);
		byte[] salt = new byte[12];
		random.nextBytes(salt);
		String body = clock.instant().getEpochSecond() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(salt)
				+ "." + a + "." + b;
		String token = body + "." + sign(body);
		return new Challenge(token, settings.difficultyBits(), a + " + " + b);
	}

	/**
	 * A form submission: the honeypot must be empty, the challenge answered (unless switched off),
	 * and the limits of the address and the phone number not exceeded; the same content from the
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
		return admitSubmission(request, phone, content);
	}

	/** A JSON submission: the limits of the address and the phone, and the duplicate window. */
	public Admission admitSubmission(HttpServletRequest request, String phone, String content) {
		String address = request.getRemoteAddr();
		if (!take("ip-burst:" + address, settings.submissionsPerIpBurst(), Duration.ofMinutes(1))
				|| !take("ip-hour:" + address, settings.submissionsPerIpHour(), Duration.ofHours(1))) {
			return Admission.tooMany("abuse.tooManyFromAddress");
		}
		if (phone != null && !phone.isBlank()
				&& !take("phone-day:" + phone.strip(), settings.submissionsPerPhoneDay(), Duration.ofDays(1))) {
			return Admission.tooMany("abuse.tooManyFromPhone");
		}
		if (content != null && isDuplicate(phone, content)) {
			return Admission.refused("abuse.duplicate");
		}
		return Admission.ADMITTED;
	}

	/** A tracking look-up: limited per address, so codes cannot be tried by the thousand. */
	public Admission admitLookup(HttpServletRequest request) {
		return take("lookup:" + request.getRemoteAddr(), settings.lookupsPerIpMinute(), Duration.ofMinutes(1))
				? Admission.ADMITTED : Admission.tooMany("abuse.tooManyLookups");
	}

	/** The response given earlier for this idempotency key, if any (kept for a day). */
	public Optional<Map<String, Object>> replay(String idempotencyKey) {
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			return Optional.empty();
		}
		Remembered remembered = idempotent.get(idempotencyKey.strip());
		if (remembered == null || remembered.at().plus(Duration.ofDays(1)).isBefore(clock.instant())) {
			return Optional.empty();
		}
		return Optional.of(remembered.response());
	}

	public void remember(String idempotencyKey, Map<String, Object> response) {
		if (idempotencyKey != null && !idempotencyKey.isBlank() && idempotencyKey.length() <= 200) {
			prune(idempotent);
			idempotent.put(idempotencyKey.strip(), new Remembered(java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(response)), clock.instant()));
		}
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
		if (parts.length != 4) {
			return false;
		}
		Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[0]));
		Instant now = clock.instant();
		if (issued.plus(settings.challengeLifetime()).isBefore(now) || issued.isAfter(now.plusSeconds(60))) {
			return false;
		}
		boolean solved = nonce != null && !nonce.isBlank() && nonce.length() <= 20
				&& leadingZeroBits(sha256(token + ":" + nonce.strip())) >= settings.difficultyBits();
		boolean answered = answer != null && answer.strip().equals(
				String.valueOf(Integer.parseInt(parts[2]) + Integer.parseInt(parts[3])));
		if (!solved && !answered) {
			return false;
		}
		prune(usedChallenges);
		return usedChallenges.putIfAbsent(token, now) == null;
	}

	private boolean take(String key, int capacity, Duration period) {
		if (buckets.size() > MAX_ENTRIES) {
			buckets.clear();
		}
		Bucket bucket = buckets.computeIfAbsent(key + "/" + capacity + "/" + period, k -> Bucket.builder()
				.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
				.withCustomTimePrecision(time)
				.build());
		return bucket.tryConsume(1);
	}

	private boolean isDuplicate(String phone, String content) {
		String fingerprint = HexFormat.of().formatHex(sha256((phone == null ? "" : phone.strip()) + "\u001f"
				+ content.replaceAll("\\s+", "")));
		Instant now = clock.instant();
		prune(recent);
		Instant earlier = recent.get(fingerprint);
		if (earlier != null && earlier.plus(settings.duplicateWindow()).isAfter(now)) {
			return true;
		}
		recent.put(fingerprint, now);
		return false;
	}

	private <V> void prune(Map<String, V> map) {
		if (map.size() > MAX_ENTRIES) {
			map.clear();
		}
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
