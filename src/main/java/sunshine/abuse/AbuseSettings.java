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
 * @param lookupsPerIpMinute tracking look-ups one address may make in a minute
 * @param duplicateWindow how long the same content from the same person counts as a duplicate
 */
@ConfigurationProperties("sunshine.abuse")
public record AbuseSettings(@DefaultValue("on") String challenge, @DefaultValue("16") int difficultyBits,
		@DefaultValue("10m") Duration challengeLifetime, @DefaultValue("5") int submissionsPerIpBurst,
		@DefaultValue("30") int submissionsPerIpHour, @DefaultValue("10") int submissionsPerPhoneDay,
		@DefaultValue("30") int lookupsPerIpMinute, @DefaultValue("10m") Duration duplicateWindow) {

	public boolean challengeOn() {
		return !"off".equalsIgnoreCase(challenge) && !"false".equalsIgnoreCase(challenge);
	}
}
