package sunshine.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;

/**
 * Appends to, reads and verifies the keyed audit chain. Appending takes no lock: the entry is
 * written, signed with the writer's MAC, in the caller's transaction; {@link AuditSealer} chains it
 * shortly after it commits (see the package documentation).
 */
public class AuditLog {

	private static final int CHUNK = 1000;

	private final EntityManager em;
	private final JdbcClient jdbc;
	private final TransactionTemplate readOnly;
	private final Clock clock;
	private final AuditKey key;
	private final AuditSealer sealer;
	private final AuditCheckpoints checkpoints;

	AuditLog(EntityManager em, JdbcClient jdbc, TransactionTemplate readOnly, Clock clock, AuditKey key,
			AuditSealer sealer, AuditCheckpoints checkpoints) {
		this.em = em;
		this.jdbc = jdbc;
		this.readOnly = readOnly;
		this.clock = clock;
		this.key = key;
		this.sealer = sealer;
		this.checkpoints = checkpoints;
	}

	/**
	 * Appends an entry in the caller's transaction, or in a new one when there is none. The entry is
	 * returned unsealed (no place in the chain yet).
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public AuditEntry append(String actor, String actorAgency, String action, String subject, String detail,
			String remoteAddr) {
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		var entry = new StoredAuditEntry(now, clip(actor, 64), clip(actorAgency, 32), clip(action, 64),
				clip(subject, 200), clip(detail, 2000), clip(remoteAddr, 64)).sign(key);
		em.persist(entry);
		return entry.toEntry();
	}

	/** Seals what has been written so far (normally the sealing job does this every second). */
	public void seal() {
		sealer.sealPending();
	}

	/** Seals what has been written so far and writes a checkpoint of the head now; null for an empty chain. */
	public AuditCheckpoint checkpoint() {
		return sealer.checkpointNow();
	}

	/** The entry with number {@code seq}, as stored now. */
	@Transactional(readOnly = true)
	public java.util.Optional<AuditEntry> entry(long seq) {
		return java.util.Optional.ofNullable(em.find(StoredAuditEntry.class, seq)).map(StoredAuditEntry::toEntry);
	}

	/**
	 * Every entry about the given subjects (a case's tracking code in the forms its module writes), in the
	 * order of their numbers, after sealing what has been written so far: the record of one case.
	 */
	public List<AuditEntry> about(java.util.Collection<String> subjects) {
		sealer.sealPending();
		return readOnly.execute(status -> em.createQuery(
				"select e from StoredAuditEntry e where e.subject in :subjects order by e.seq", StoredAuditEntry.class)
				.setParameter("subjects", subjects).getResultList().stream().map(StoredAuditEntry::toEntry).toList());
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> latest(int limit) {
		return em.createQuery("select e from StoredAuditEntry e order by e.occurredAt desc, e.seq desc", StoredAuditEntry.class)
				.setMaxResults(limit).getResultList().stream().map(StoredAuditEntry::toEntry).toList();
	}

	/**
	 * Seals what is pending, then reads the chain from its first place: places must run without
	 * gaps, each entry's writer's MAC must match its fields and its chain digest its place,
	 * predecessor and MAC, the last place must be the head, and every checkpoint kept outside the
	 * database must be genuine and match the digest at its place. Every problem is located between
	 * the checkpoints around it.
	 */
	public AuditVerification verify() {
		sealer.sealPending();
		AuditCheckpoints.Read read = checkpoints.readAll();
		var problems = new Problems();
		var valid = new TreeMap<Long, List<AuditCheckpoint>>();
		for (AuditCheckpoint checkpoint : read.checkpoints()) {
			if (checkpoint.verifies(key)) {
				valid.computeIfAbsent(checkpoint.seq(), s -> new ArrayList<>()).add(checkpoint);
			}
			else {
				problems.add(checkpoint.seq(), 0, "checkpoint-forged", checkpoint.source());
			}
		}
		for (String source : read.unreadable()) {
			problems.add(0, 0, "checkpoint-unreadable", source);
		}
		return readOnly.execute(status -> verifyChain(valid, problems));
	}

	private record Snapshot(long headSeq, String headHash, long maxPlace) {
	}

	private AuditVerification verifyChain(TreeMap<Long, List<AuditCheckpoint>> checkpointsBySeq, Problems problems) {
		// One statement, so the head and the end of the chain are read at the same moment.
		Snapshot snapshot = jdbc.sql("""
				select h.last_seq, h.last_hash, (select max(e.chain_seq) from audit_entry e) as max_place
				from audit_head h where h.id = 1""")
				.query((rs, n) -> new Snapshot(rs.getLong(1), rs.getString(2), rs.getLong(3))).single();
		long end = Math.max(snapshot.headSeq(), snapshot.maxPlace());
		long expectedPlace = 1;
		String expectedPrev = AuditSealer.GENESIS;
		long readCount = 0;
		long after = 0;
		String headDigestFound = null;
		while (true) {
			List<StoredAuditEntry> chunk = em
					.createQuery("select e from StoredAuditEntry e where e.chainSeq > :after and e.chainSeq <= :end order by e.chainSeq",
							StoredAuditEntry.class)
					.setParameter("after", after).setParameter("end", end).setMaxResults(CHUNK).getResultList();
			if (chunk.isEmpty()) {
				break;
			}
			for (StoredAuditEntry entry : chunk) {
				readCount++;
				long place = entry.chainSeq();
				if (place != expectedPlace) {
					problems.add(place, entry.seq(), place > expectedPlace ? "missing" : "unexpected", null);
				}
				if (!expectedPrev.equals(entry.prevHash())) {
					problems.add(place, entry.seq(), "broken-link", null);
				}
				if (!entry.computeEntryMac(key).equals(entry.entryMac()) || !StoredAuditEntry
						.chainDigest(key, place, entry.prevHash(), entry.seq(), entry.entryMac()).equals(entry.hash())) {
					problems.add(place, entry.seq(), "altered", null);
				}
				if (AuditSealer.rechainedAction().equals(entry.action()) && entry.detail().contains("intact=false")) {
					// The unkeyed chain this one continues was found broken at the upgrade (AuditSealer).
					problems.add(place, entry.seq(), "legacy-broken", entry.detail());
				}
				for (AuditCheckpoint checkpoint : checkpointsBySeq.getOrDefault(place, List.of())) {
					if (!checkpoint.digest().equals(entry.hash())) {
						problems.add(place, entry.seq(), "checkpoint-mismatch", checkpoint.source());
					}
				}
				if (place == snapshot.headSeq()) {
					headDigestFound = entry.hash();
				}
				expectedPlace = place + 1;
				expectedPrev = entry.hash();
			}
			after = chunk.get(chunk.size() - 1).chainSeq();
			em.clear();
		}
		long lastPlace = expectedPlace - 1;
		if (lastPlace != snapshot.headSeq() || (snapshot.headSeq() > 0 && !snapshot.headHash().equals(headDigestFound))
				|| (snapshot.headSeq() == 0 && !AuditSealer.GENESIS.equals(snapshot.headHash()))) {
			problems.add(snapshot.headSeq(), 0, "head-mismatch", null);
		}
		for (Map.Entry<Long, List<AuditCheckpoint>> beyond : checkpointsBySeq.tailMap(lastPlace, false).entrySet()) {
			for (AuditCheckpoint checkpoint : beyond.getValue()) {
				problems.add(beyond.getKey(), 0, "checkpoint-beyond-end", checkpoint.source());
			}
		}
		long pending = jdbc.sql("select count(*) from audit_entry where chain_seq is null").query(Long.class).single();
		var located = problems.listed.stream().map(p -> locate(p, checkpointsBySeq)).toList();
		AuditCheckpoint last = checkpointsBySeq.isEmpty() ? null
				: checkpointsBySeq.lastEntry().getValue().stream().max(java.util.Comparator.comparing(AuditCheckpoint::at))
						.orElseThrow();
		int checkpointCount = checkpointsBySeq.values().stream().mapToInt(List::size).sum();
		return new AuditVerification(readCount, snapshot.headSeq(), snapshot.headHash(), pending, checkpointCount, last,
				problems.count, located);
	}

	private static AuditVerification.Problem locate(AuditVerification.Problem problem,
			TreeMap<Long, List<AuditCheckpoint>> checkpointsBySeq) {
		if (problem.seq() <= 0) {
			return problem;
		}
		var after = checkpointsBySeq.lowerEntry(problem.seq());
		var before = checkpointsBySeq.ceilingEntry(problem.seq());
		return new AuditVerification.Problem(problem.seq(), problem.entry(), problem.kind(),
				after == null ? null : after.getValue().get(0), before == null ? null : before.getValue().get(0),
				problem.note());
	}

	/** The problems found, the first {@link AuditVerification#MAX_LISTED} kept, all counted. */
	private static final class Problems {
		final List<AuditVerification.Problem> listed = new ArrayList<>();
		long count;

		void add(long seq, long entry, String kind, String note) {
			count++;
			if (listed.size() < AuditVerification.MAX_LISTED) {
				listed.add(new AuditVerification.Problem(seq, entry, kind, null, null, note));
			}
		}
	}

	private static String clip(String value, int max) {
		if (value == null) {
			return null;
		}
		return value.length() <= max ? value : value.substring(0, max);
	}
}
