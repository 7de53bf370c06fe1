/**
 * Protection of the public forms and endpoints against spam and floods (防刷): per-IP and
 * per-phone rate limits with a burst and a sustained budget, a self-hosted proof-of-work
 * challenge with a keyboard-friendly arithmetic fallback for browsers without JavaScript, a
 * honeypot field, duplicate-submission and idempotency-key protection. Everything is a setting
 * ({@code sunshine.abuse.*}); the challenge can be switched off for intranet deployments
 * ({@code sunshine.abuse.challenge=off}). No foreign service is called.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Abuse protection 防刷", allowedDependencies = "shared")
package sunshine.abuse;
