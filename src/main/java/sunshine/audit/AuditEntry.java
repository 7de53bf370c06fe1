package sunshine.audit;

import java.time.Instant;

/**
 * One entry of the audit log, as stored. {@code chainSeq}, {@code prevHash} and {@code hash} are
 * null for an entry written in the last moment and not yet sealed into the chain (see
 * {@link AuditLog}).
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String actorAgency, String action,
		String subject, String detail, String remoteAddr, Long chainSeq, String prevHash, String hash) {

	/** When it happened, on the clock of the agencies (Asia/Shanghai). */
	public java.time.LocalDateTime localTime() {
		return java.time.LocalDateTime.ofInstant(occurredAt, java.time.ZoneId.of("Asia/Shanghai"));
	}
}
