package sunshine.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** Appends to, reads and verifies the SM3-chained audit log. */
@Component
public class AuditLog {

	static final String GENESIS = "0".repeat(64);
	private static final int CHUNK = 1000;

	private final EntityManager em;
	private final Clock clock;

	AuditLog(EntityManager em, Clock clock) {
		this.em = em;
		this.clock = clock;
	}

	/** Appends an entry in the caller's transaction, or in a new one when there is none. */
	@Transactional(propagation = Propagation.REQUIRED)
	public AuditEntry append(String actor, String actorAgency, String action, String subject, String detail,
			String remoteAddr) {
		AuditHeadRow head = em.find(AuditHeadRow.class, 1, LockModeType.PESSIMISTIC_WRITE);
		long seq = head.lastSeq() + 1;
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		var entry = new StoredAuditEntry(seq, now, clip(actor, 64), clip(actorAgency, 32), clip(action, 64),
				clip(subject, 200), clip(detail, 2000), clip(remoteAddr, 64), head.lastHash());
		em.persist(entry);
		head.advance(seq, entry.hash());
		return entry.toEntry();
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> latest(int limit) {
		return em.createQuery("select e from StoredAuditEntry e order by e.seq desc", StoredAuditEntry.class)
				.setMaxResults(limit).getResultList().stream().map(StoredAuditEntry::toEntry).toList();
	}

	/**
	 * Reads the chain from the first entry: each entry's hash must match its content, its
	 * predecessor's hash must match what it carries, numbers must run without gaps, and the last
	 * entry must be the head.
	 */
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		var problems = new ArrayList<AuditVerification.Problem>();
		AuditHeadRow head = em.find(AuditHeadRow.class, 1);
		long expectedSeq = 1;
		String expectedPrev = GENESIS;
		long read = 0;
		long after = 0;
		while (true) {
			List<StoredAuditEntry> chunk = em
					.createQuery("select e from StoredAuditEntry e where e.seq > :after order by e.seq",
							StoredAuditEntry.class)
					.setParameter("after", after).setMaxResults(CHUNK).getResultList();
			if (chunk.isEmpty()) {
				break;
			}
			for (StoredAuditEntry entry : chunk) {
				read++;
				if (entry.seq() != expectedSeq) {
					problems.add(new AuditVerification.Problem(entry.seq(),
							entry.seq() > expectedSeq ? "missing" : "unexpected"));
				}
				if (!entry.prevHash().equals(expectedPrev)) {
					problems.add(new AuditVerification.Problem(entry.seq(), "broken-link"));
				}
				if (!entry.hash().equals(entry.computeHash())) {
					problems.add(new AuditVerification.Problem(entry.seq(), "altered"));
				}
				expectedSeq = entry.seq() + 1;
				expectedPrev = entry.hash();
			}
			after = chunk.get(chunk.size() - 1).seq();
			em.clear();
		}
		if (head.lastSeq() != expectedSeq - 1 || !head.lastHash().equals(expectedPrev)) {
			problems.add(new AuditVerification.Problem(head.lastSeq(), "head-mismatch"));
		}
		return new AuditVerification(read, head.lastSeq(), head.lastHash(), problems);
	}

	private static String clip(String value, int max) {
		if (value == null) {
			return null;
		}
		return value.length() <= max ? value : value.substring(0, max);
	}
}
