package sunshine.abuse.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state of the abuse gate, in the database every node shares (tables of V23): the limits'
 * buckets, the used challenges and filed contents, the answers kept under an {@code Idempotency-Key}.
 * Two nodes behind a load balancer therefore allow one flood, not two.
 *
 * <p>A limit is a token bucket kept as one number, the instant at which it is full again (the
 * generic cell rate algorithm, GCRA): a hit is admitted when moving that instant on by
 * {@code period / capacity} keeps it within one period of now, and the move is one conditional
 * {@code update} — atomic on H2, PostgreSQL and MariaDB alike, whichever node sends it. This is the
 * same bucket the gate kept in memory before (a capacity, refilled greedily over the period), so a
 * burst is never doubled at the edge of a fixed window, and {@code Retry-After} is the time until
 * one more token is there.
 *
 * <p>A row is made by an {@code insert … select … where not exists}, so a first hit costs two
 * statements and a refused one three, and no statement fails in normal running (a flood does not
 * fill the database server's log with duplicate-key errors); only two nodes making the same row at
 * the same instant meet the primary key, and the loser then takes the update path.
 *
 * <p>Every key arrives here already a blind index (the caller's business); every statement runs on its
 * own (auto-commit), outside any transaction of the caller, so a count stays counted whatever the
 * request does next. Times are the application clock's, in epoch milliseconds.
 */
@Component
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class SharedAbuseState {

	/** What an {@code Idempotency-Key} kept: the digest of the body that created the answer, and the answer (sealed). */
	public record Kept(String bodyDigest, String sealedResponse) {
	}

	private final JdbcClient jdbc;

	public SharedAbuseState(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes one token from the bucket of {@code limit} and {@code key}: 0 when there was one, else the
	 * seconds until there is (at least 1). A refused hit takes nothing.
	 */
	public long take(String limit, String key, int capacity, Duration period, Instant now) {
		long at = now.toEpochMilli();
		long window = Math.max(1, period.toMillis());
		long interval = Math.max(1, window / Math.max(1, capacity));
		long horizon = at + window;
		for (int attempt = 0; attempt < 3; attempt++) {
			int admitted = jdbc.sql("""
					update abuse_limit set refilled_at = greatest(refilled_at, :now) + :interval
					where limit_name = :limit and limit_key = :key and greatest(refilled_at, :now) + :interval <= :horizon""")
					.param("now", at).param("interval", interval).param("limit", limit).param("key", key)
					.param("horizon", horizon).update();
			if (admitted == 1) {
				return 0;
			}
			try {
				int created = jdbc.sql("""
						insert into abuse_limit (limit_name, limit_key, refilled_at)
						select :limit, :key, :refilled from (select 1 as one) single_row
						where not exists (select 1 from abuse_limit where limit_name = :limit and limit_key = :key)""")
						.param("limit", limit).param("key", key).param("refilled", at + interval).update();
				if (created == 1) {
					return 0;
				}
			}
			catch (DuplicateKeyException raced) {
				continue; // another node made the row at the same moment: its update decides
			}
			Optional<Long> refilled = jdbc.sql("select refilled_at from abuse_limit where limit_name = :limit and limit_key = :key")
					.param("limit", limit).param("key", key).query(Long.class).optional();
			if (refilled.isPresent()) {
				long waitMillis = Math.max(refilled.get(), at) + interval - horizon;
				if (waitMillis > 0) {
					return Math.max(1, (waitMillis + 999) / 1000);
				}
			}
			// freed (or deleted) between the statements: try again
		}
		return 1;
	}

	/**
	 * Marks {@code key} of {@code kind} as seen until {@code until}, once: true when it was not seen (or
	 * its time had passed), false when it was — on whichever node.
	 */
	public boolean markOnce(String kind, String key, Instant until, Instant now) {
		try {
			if (insertMark(kind, key, until) == 1) {
				return true;
			}
		}
		catch (DuplicateKeyException raced) {
			return false; // the same mark made at the same moment on another node: that one counts
		}
		// a mark whose time has passed is taken over, atomically: only one caller moves it
		return jdbc.sql("update abuse_mark set kept_until = :until where mark_kind = :kind and mark_key = :key and kept_until <= :now")
				.param("until", until.toEpochMilli()).param("kind", kind).param("key", key)
				.param("now", now.toEpochMilli()).update() == 1;
	}

	/** Marks {@code key} of {@code kind} as seen until {@code until}, whether it was seen before or not. */
	public void mark(String kind, String key, Instant until) {
		try {
			if (insertMark(kind, key, until) == 1) {
				return;
			}
		}
		catch (DuplicateKeyException raced) {
			// made at the same moment on another node: moved below
		}
		jdbc.sql("update abuse_mark set kept_until = :until where mark_kind = :kind and mark_key = :key")
				.param("until", until.toEpochMilli()).param("kind", kind).param("key", key).update();
	}

	/** Inserts a mark unless there is one: 1 when inserted, 0 when there was one already. */
	private int insertMark(String kind, String key, Instant until) {
		return jdbc.sql("""
				insert into abuse_mark (mark_kind, mark_key, kept_until)
				select :kind, :key, :until from (select 1 as one) single_row
				where not exists (select 1 from abuse_mark where mark_kind = :kind and mark_key = :key)""")
				.param("kind", kind).param("key", key).param("until", until.toEpochMilli()).update();
	}

	/** Whether {@code key} of {@code kind} is marked and its time not passed. */
	public boolean marked(String kind, String key, Instant now) {
		return jdbc.sql("select count(*) from abuse_mark where mark_kind = :kind and mark_key = :key and kept_until > :now")
				.param("kind", kind).param("key", key).param("now", now.toEpochMilli()).query(Long.class).single() > 0;
	}

	/** The answer kept under a client's key, while its time has not passed. */
	public Optional<Kept> kept(String clientKey, Instant now) {
		return jdbc.sql("select body_digest, response from abuse_idempotency where client_key = :key and kept_until > :now")
				.param("key", clientKey).param("now", now.toEpochMilli())
				.query((rs, row) -> new Kept(rs.getString(1), rs.getString(2))).optional();
	}

	/** Keeps an answer under a client's key until {@code until} (replacing one whose time had passed). */
	public void keep(String clientKey, String bodyDigest, String sealedResponse, Instant until) {
		try {
			int created = jdbc.sql("""
					insert into abuse_idempotency (client_key, body_digest, response, kept_until)
					select :key, :digest, :response, :until from (select 1 as one) single_row
					where not exists (select 1 from abuse_idempotency where client_key = :key)""")
					.param("key", clientKey).param("digest", bodyDigest).param("response", sealedResponse)
					.param("until", until.toEpochMilli()).update();
			if (created == 1) {
				return;
			}
		}
		catch (DuplicateKeyException raced) {
			return; // the same client's same key, filed at the same moment on another node: its answer stays
		}
		// a key whose answer has expired (not yet deleted) is used again
		jdbc.sql("""
				update abuse_idempotency set body_digest = :digest, response = :response, kept_until = :until
				where client_key = :key""")
				.param("digest", bodyDigest).param("response", sealedResponse).param("until", until.toEpochMilli())
				.param("key", clientKey).update();
	}

	/** Deletes what no longer counts: full buckets, marks and answers whose time has passed. */
	public int forget(Instant now) {
		long at = now.toEpochMilli();
		return jdbc.sql("delete from abuse_limit where refilled_at <= :now").param("now", at).update()
				+ jdbc.sql("delete from abuse_mark where kept_until <= :now").param("now", at).update()
				+ jdbc.sql("delete from abuse_idempotency where kept_until <= :now").param("now", at).update();
	}
}
