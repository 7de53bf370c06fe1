package sunshine.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;

/**
 * Seals the entries written since the last round into the chain, in the order of their numbers:
 * each gets the next place and the keyed chain digest over its predecessor's. Writers never wait
 * for it. One sealer at a time across all nodes: a round holds the single {@code audit_head} row
 * {@code FOR UPDATE}, which only sealers take. After a round that moved the head, and at most once
 * per {@code sunshine.audit.checkpoint-interval}, a checkpoint is written outside the database.
 *
 * <p>The first round after the upgrade to the keyed chain (migration V11) first checks the entries
 * written under the unkeyed rule by that rule, writes the outcome as an {@code audit.rechained}
 * entry, and then seals them like new ones (see the package documentation).
 */
class AuditSealer {

	private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);
	static final String GENESIS = "0".repeat(64);
	private static final int BATCH = 500;

	/** The action of the entry that records the check of the unkeyed chain at the upgrade. */
	static String rechainedAction() {
		return "audit.rechained";
	}

	/** The head after a round: the last place sealed and its digest. */
	record Head(long seq, String hash, Instant sealedAt) {
	}

	private final EntityManager em;
	private final JdbcClient jdbc;
	private final JdbcTemplate jdbcTemplate;
	private final TransactionTemplate transaction;
	private final AuditKey key;
	private final AuditCheckpoints checkpoints;
	private final Clock clock;
	private final Duration checkpointInterval;
	private volatile Instant lastCheckpointAt;
	private volatile long lastCheckpointSeq = -1;

	AuditSealer(EntityManager em, JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transaction,
			AuditKey key, AuditCheckpoints checkpoints, Clock clock, Duration checkpointInterval) {
		this.em = em;
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.transaction = transaction;
		this.key = key;
		this.checkpoints = checkpoints;
		this.clock = clock;
		this.checkpointInterval = checkpointInterval;
	}

	/** Seals every entry committed so far, then writes a checkpoint if one is due; returns the head. */
	Head sealPending() {
		Head head = sealCommitted();
		if (head.seq() > 0 && head.seq() != lastCheckpointSeq
				&& (lastCheckpointAt == null || !Instant.now(clock).isBefore(lastCheckpointAt.plus(checkpointInterval)))) {
			writeCheckpoint(head);
		}
		return head;
	}

	/** Seals every entry committed so far and writes a checkpoint of the head now. */
	AuditCheckpoint checkpointNow() {
		Head head = sealCommitted();
		return head.seq() == 0 ? null : writeCheckpoint(head);
	}

	private Head sealCommitted() {
		while (true) {
			Round round = transaction.execute(status -> sealRound());
			if (round.sealed() < BATCH) {
				return round.head();
			}
		}
	}

	private AuditCheckpoint writeCheckpoint(Head head) {
		AuditCheckpoint checkpoint = AuditCheckpoint.sign(key, head.seq(), head.hash(),
				Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), checkpoints.node());
		checkpoints.append(checkpoint);
		lastCheckpointAt = checkpoint.at();
		lastCheckpointSeq = head.seq();
		return checkpoint;
	}

	private record Round(Head head, int sealed) {
	}

	private record HeadRow(long lastSeq, String lastHash, long legacySeq, String legacyHash) {
	}

	private Round sealRound() {
		HeadRow head = jdbc.sql("select last_seq, last_hash, legacy_last_seq, legacy_last_hash from audit_head where id = 1 for update")
				.query((rs, n) -> new HeadRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4))).single();
		if (head.lastSeq() == 0 && head.legacySeq() > 0) {
			recordLegacyCheck(head);
		}
		em.clear();
		List<StoredAuditEntry> pending = em
				.createQuery("select e from StoredAuditEntry e where e.chainSeq is null order by e.seq", StoredAuditEntry.class)
				.setMaxResults(BATCH).getResultList();
		if (pending.isEmpty()) {
			return new Round(new Head(head.lastSeq(), head.lastHash(), null), 0);
		}
		long place = head.lastSeq();
		String prev = head.lastHash();
		var updates = new ArrayList<Object[]>(pending.size());
		for (StoredAuditEntry entry : pending) {
			place++;
			// Entries from before the keyed chain (numbers up to the old head) carry no writer's MAC: it
			// is taken now, after the unkeyed rule has checked them (recordLegacyCheck). Any other entry
			// keeps the MAC its writer took, even a missing or wrong one, for the verification to find.
			String entryMac = entry.seq() <= head.legacySeq() && entry.legacyHash() != null ? entry.computeEntryMac(key)
					: entry.entryMac();
			String digest = StoredAuditEntry.chainDigest(key, place, prev, entry.seq(), entryMac);
			updates.add(new Object[] { place, prev, digest, entryMac, entry.seq() });
			prev = digest;
		}
		em.clear();
		int[][] counts = jdbcTemplate.batchUpdate(
				"update audit_entry set chain_seq = ?, prev_hash = ?, hash = ?, entry_mac = ? where seq = ? and chain_seq is null",
				updates, updates.size(), (ps, row) -> {
					ps.setLong(1, (Long) row[0]);
					ps.setString(2, (String) row[1]);
					ps.setString(3, (String) row[2]);
					ps.setString(4, (String) row[3]);
					ps.setLong(5, (Long) row[4]);
				});
		for (int[] batch : counts) {
			for (int count : batch) {
				if (count == 0) {
					// Cannot happen while sealers hold the head row; refuse to leave a gap in the chain.
					throw new IllegalStateException("An audit entry was sealed by someone else during the round");
				}
			}
		}
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		jdbc.sql("update audit_head set last_seq = :seq, last_hash = :hash, sealed_at = :at where id = 1")
				.param("seq", place).param("hash", prev).param("at", Timestamp.from(now)).update();
		return new Round(new Head(place, prev, now), pending.size());
	}

	/**
	 * Checks the entries written before the chain was keyed by the rule they were written under
	 * (unkeyed SM3, numbers without gaps, ending at the old head) and puts the outcome on the record,
	 * so a break found there is never laundered by the keyed chain that follows.
	 */
	private void recordLegacyCheck(HeadRow head) {
		var problems = new ArrayList<String>();
		long expectedSeq = 1;
		String expectedPrev = GENESIS;
		long after = 0;
		long read = 0;
		while (true) {
			em.clear();
			List<StoredAuditEntry> chunk = em
					.createQuery("select e from StoredAuditEntry e where e.legacyHash is not null and e.seq > :after order by e.seq",
							StoredAuditEntry.class)
					.setParameter("after", after).setMaxResults(1000).getResultList();
			if (chunk.isEmpty()) {
				break;
			}
			for (StoredAuditEntry entry : chunk) {
				read++;
				if (entry.seq() != expectedSeq) {
					problems.add((entry.seq() > expectedSeq ? "missing@" : "unexpected@") + entry.seq());
				}
				if (!expectedPrev.equals(entry.legacyPrevHash())) {
					problems.add("broken-link@" + entry.seq());
				}
				if (!entry.legacyHash().equals(entry.computeLegacyHash())) {
					problems.add("altered@" + entry.seq());
				}
				expectedSeq = entry.seq() + 1;
				expectedPrev = entry.legacyHash();
			}
			after = chunk.get(chunk.size() - 1).seq();
		}
		if (head.legacySeq() != expectedSeq - 1 || !head.legacyHash().equals(expectedPrev)) {
			problems.add("head-mismatch@" + head.legacySeq());
		}
		boolean intact = problems.isEmpty();
		String detail = "legacy-entries=" + read + " legacy-head=" + head.legacySeq() + ":" + head.legacyHash()
				+ " intact=" + intact + (intact ? "" : " problems=" + String.join(",", problems));
		if (intact) {
			log.info("Audit chain keyed: {} entries of the unkeyed chain checked and rechained", read);
		}
		else {
			log.error("Audit chain keyed, but the unkeyed chain it continues was broken: {}", problems);
		}
		var entry = new StoredAuditEntry(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), "system", null,
				rechainedAction(), "audit-log", detail.length() <= 2000 ? detail : detail.substring(0, 2000), null)
				.sign(key);
		em.persist(entry);
		em.flush();
	}
}
