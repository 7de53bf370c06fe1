package sunshine.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The chain's head. Appends lock this single row, so entries get consecutive numbers on every node. */
@Entity
@Table(name = "audit_head")
class AuditHeadRow {

	@Id
	private int id;

	@Column(name = "last_seq", nullable = false)
	private long lastSeq;

	@Column(name = "last_hash", nullable = false)
	private String lastHash;

	protected AuditHeadRow() {
	}

	long lastSeq() {
		return lastSeq;
	}

	String lastHash() {
		return lastHash;
	}

	void advance(long seq, String hash) {
		this.lastSeq = seq;
		this.lastHash = hash;
	}
}
