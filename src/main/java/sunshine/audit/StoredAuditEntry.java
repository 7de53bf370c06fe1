package sunshine.audit;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An audit entry as a row. {@link Immutable}: Hibernate never updates it once written; only the
 * sealer ({@link AuditSealer}) fills in its place in the chain, once, with plain SQL.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class StoredAuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
	@SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
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

	/** HMAC-SM3 of the entry's own fields, computed by the writer. */
	@Column(name = "entry_mac")
	private String entryMac;

	/** The entry's place in the chain (1, 2, 3 … without gaps); null until sealed. */
	@Column(name = "chain_seq")
	private Long chainSeq;

	/** The chain digest of the entry before it in the chain; null until sealed. */
	@Column(name = "prev_hash")
	private String prevHash;

	/** The chain digest: HMAC-SM3 over the place, the predecessor's digest, the number and the entry MAC. */
	@Column
	private String hash;

	/** For entries written before the chain was keyed: the unkeyed SM3 hashes they carried then. */
	@Column(name = "legacy_prev_hash")
	private String legacyPrevHash;

	@Column(name = "legacy_hash")
	private String legacyHash;

	protected StoredAuditEntry() {
	}

	StoredAuditEntry(Instant occurredAt, String actor, String actorAgency, String action, String subject,
			String detail, String remoteAddr) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.actorAgency = actorAgency;
		this.action = action;
		this.subject = subject;
		this.detail = detail;
		this.remoteAddr = remoteAddr;
	}

	/** The writer's MAC, taken before the entry is persisted. */
	StoredAuditEntry sign(AuditKey key) {
		this.entryMac = computeEntryMac(key);
		return this;
	}

	/**
	 * HMAC-SM3 over the entry's fields, each written as its length, a colon and its text, so no
	 * choice of field contents can make two different entries read the same. The entry's number is
	 * not known yet when the writer signs; the chain digest covers it.
	 */
	String computeEntryMac(AuditKey key) {
		var canonical = new StringBuilder("sunshine-audit-entry-v1;");
		field(canonical, Long.toString(occurredAt.getEpochSecond()));
		field(canonical, Integer.toString(occurredAt.getNano() / 1000));
		field(canonical, actor);
		field(canonical, actorAgency);
		field(canonical, action);
		field(canonical, subject);
		field(canonical, detail);
		field(canonical, remoteAddr);
		return key.mac(canonical.toString());
	}

	/**
	 * The chain digest of entry number {@code seq} at place {@code chainSeq} after {@code prevHash},
	 * over its entry MAC.
	 */
	static String chainDigest(AuditKey key, long chainSeq, String prevHash, long seq, String entryMac) {
		return key.mac("sunshine-audit-chain-v1;" + chainSeq + ";" + prevHash + ";" + seq + ";" + entryMac);
	}

	/** The unkeyed SM3 hash entries carried before the chain was keyed (fields separated by U+001F). */
	String computeLegacyHash() {
		String canonical = String.join("\u001f", Long.toString(seq),
				Long.toString(occurredAt.getEpochSecond()), Integer.toString(occurredAt.getNano() / 1000), actor,
				nullToEmpty(actorAgency), action, subject, detail, nullToEmpty(remoteAddr), nullToEmpty(legacyPrevHash));
		return Sm3.hex(canonical);
	}

	private static void field(StringBuilder out, String value) {
		if (value == null) {
			out.append("-;");
		}
		else {
			out.append(value.length()).append(':').append(value).append(';');
		}
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	long seq() {
		return seq;
	}

	Long chainSeq() {
		return chainSeq;
	}

	String entryMac() {
		return entryMac;
	}

	String prevHash() {
		return prevHash;
	}

	String hash() {
		return hash;
	}

	String action() {
		return action;
	}

	String detail() {
		return detail;
	}

	String legacyPrevHash() {
		return legacyPrevHash;
	}

	String legacyHash() {
		return legacyHash;
	}

	AuditEntry toEntry() {
		return new AuditEntry(seq, occurredAt, actor, actorAgency, action, subject, detail, remoteAddr, chainSeq,
				prevHash, hash);
	}
}
