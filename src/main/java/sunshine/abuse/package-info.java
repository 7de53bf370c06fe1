/**
 * Protection of the public forms and endpoints against spam and floods (防刷): per-IP and
 * per-phone rate limits with a burst and a sustained budget, a self-hosted proof-of-work
 * challenge with a keyboard-friendly arithmetic fallback for browsers without JavaScript, a
 * honeypot field, duplicate-submission and idempotency-key protection. Everything is a setting
 * ({@code sunshine.abuse.*}); the challenge can be switched off for intranet deployments
 * ({@code sunshine.abuse.challenge=off}). No foreign service is called.
 *
 * <p>What the gate remembers — the limits' buckets, the used challenges, the filed contents, the
 * answers of idempotency keys — is kept in the database every node shares (V23, {@code
 * internal.SharedAbuseState}), not in a node's memory: several nodes behind a load balancer allow one
 * limit together. The database rather than Redis because every deployment already has it (the
 * embedded H2 of a single machine included) and a hit is one conditional update; a job on one node
 * (ShedLock) deletes what has expired ({@code sunshine.abuse.cleanup-cron}, every ten minutes).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Abuse protection 防刷", allowedDependencies = "shared")
package sunshine.abuse;
