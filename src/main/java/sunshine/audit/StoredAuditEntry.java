package sunshine.audit;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An audit entry as a row. {@link Immutable}: Hibernate never updates it once written. */
@Entity
@Immutable
@Table(name = "audit_entry")
class StoredAuditEntry {

	@Id
	private long seq;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false)
	private String actor;

	@Column(name = "actor_agency")
	private String actorAgency;

	@Column(nullable = false)
	private String action;

	@Column(nullable = false)
	private String subject;

	@Column(nullable = false)
	private String detail;

	@Column(name = "remote_addr")
	private String remoteAddr;

	@Column(name = "prev_hash", nullable = false)
	private String prevHash;

	@Column(nullable = false)
	private String hash;

	protected StoredAuditEntry() {
	}

	StoredAuditEntry(long seq, Instant occurredAt, String actor, String actorAgency, String action, String subject,
			String detail, String remoteAddr, String prevHash) {
		this.seq = seq;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.actorAgency = actorAgency;
		this.action = action;
		this.subject = subject;
		this.detail = detail;
		this.remoteAddr = remoteAddr;
		this.prevHash = prevHash;
		this.hash = computeHash();
	}

	/** SM3 over every field and the predecessor's hash, fields separated by U+001F. */
	String computeHash() {
		String canonical = String.join("\u001f", Long.toString(seq),
				Long.toString(occurredAt.getEpochSecond()), Integer.toString(occurredAt.getNano() / 1000), actor,
				nullToEmpty(actorAgency), action, subject, detail, nullToEmpty(remoteAddr), prevHash);
		return Sm3.hex(canonical);
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	long seq() {
		return seq;
	}

	String prevHash() {
		return prevHash;
	}

	String hash() {
		return hash;
	}

	AuditEntry toEntry() {
		return new AuditEntry(seq, occurredAt, actor, actorAgency, action, subject, detail, remoteAddr, prevHash, hash);
	}
}
