package sunshine.abuse;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits of the public side. Defaults suit a provincial bureau: a citizen rarely files more
 * than a few submissions an hour, a flood files hundreds a minute.
 *
 * @param challenge {@code on} (default) or {@code off} — the proof-of-work/arithmetic challenge on forms
 * @param difficultyBits leading zero bits the proof of work must find (16 ≈ 65 000 SHA-256 tries, about a second)
 * @param challengeLifetime how long an issued challenge may be answered
 * @param submissionsPerIpBurst submissions one address may make in a minute
 * @param submissionsPerIpHour submissions one address may make in an hour
 * @param submissionsPerPhoneDay submissions one phone number may make in a day
 * @param lookupsPerIpMinute look-ups by query code (tracking, rating, 复查, letters) one address may make in a minute
 * @param lookupsPerCodeHour look-ups of one tracking code an hour, from all addresses together: a citizen
 *        checks a case a few times a day; trying its 30-bit query code needs millions
 * @param duplicateWindow how long the same content from the same person counts as a duplicate
 * @param maxJsonBytes the largest body the public submission endpoints ({@code POST /api/v1/petitions},
 *        {@code /api/v1/requests}) read; a larger one is refused with 413. The longest legitimate
 *        body is a disclosure application at its limits (description 4 000, purpose 1 000, name,
 *        contact and ID 264, address 200, e-mail about 270 characters) or a petition (content
 *        5 000, title 100, name 50, address 200): under 6 000 characters, 18 KB in UTF-8 and
 *        36 KB even when a client escapes every character as a six-byte JSON escape; 64 KiB leaves room
 *        for whitespace and field names without letting a flood of megabytes be read.
 */
@ConfigurationProperties("sunshine.abuse")
public record AbuseSettings(@DefaultValue("on") String challenge, @DefaultValue("16") int difficultyBits,
		@DefaultValue("10m") Duration challengeLifetime, @DefaultValue("5") int submissionsPerIpBurst,
		@DefaultValue("30") int submissionsPerIpHour, @DefaultValue("10") int submissionsPerPhoneDay,
		@DefaultValue("30") int lookupsPerIpMinute, @DefaultValue("10m") Duration duplicateWindow,
		@DefaultValue("65536") int maxJsonBytes, @DefaultValue("20") int lookupsPerCodeHour) {

	public boolean challengeOn() {
		return !"off".equalsIgnoreCase(challenge) && !"false".equalsIgnoreCase(challenge);
	}
}
