package sunshine.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import sunshine.shared.PersonalDataCipher;

/**
 * The outbox worker of one node: finds due messages, claims each with a conditional {@code update}
 * (only the node whose update changed the row sends it — the same on H2, PostgreSQL and MariaDB, with no
 * lock held while sending), sends it, records the attempt, and on failure schedules the next one after an
 * exponential back-off ({@link NotifySettings#backOff}) until {@link NotifySettings#maxAttempts}. Runs
 * outside any transaction: a failed channel changes only its own message.
 */
public class NotificationDelivery {

	private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

	private final JdbcClient jdbc;
	private final PersonalDataCipher cipher;
	private final Map<ChannelKind, NotificationChannel> channels;
	private final Clock clock;
	private final NotifySettings settings;
	private final String node;

	public NotificationDelivery(JdbcClient jdbc, PersonalDataCipher cipher, Map<ChannelKind, NotificationChannel> channels,
			Clock clock, NotifySettings settings, String node) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.channels = Map.copyOf(channels);
		this.clock = clock;
		this.settings = settings;
		this.node = node;
	}

	/** One round: every due message this node could claim; returns how many it sent. */
	public int deliverDue() {
		Instant now = Instant.now(clock);
		List<Long> due = jdbc.sql("""
				select id from notification where state = 'PENDING' and next_attempt_at <= :now
				and (claimed_until is null or claimed_until < :now) order by next_attempt_at, id limit :batch""")
				.param("now", Timestamp.from(now)).param("batch", settings.batch()).query(Long.class).list();
		int sent = 0;
		for (long id : due) {
			if (claim(id, now) && deliver(id)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean claim(long id, Instant now) {
		return jdbc.sql("""
				update notification set claimed_by = :node, claimed_until = :until
				where id = :id and state = 'PENDING' and next_attempt_at <= :now
				and (claimed_until is null or claimed_until < :now)""")
				.param("node", node).param("until", Timestamp.from(now.plus(settings.claimFor())))
				.param("id", id).param("now", Timestamp.from(now)).update() == 1;
	}

	private record Row(long id, ChannelKind channel, String recipient, NotificationStep step, String trackingCode,
			String title, String body, int attempts) {
	}

	private boolean deliver(long id) {
		Row row = jdbc.sql("""
				select id, channel, recipient, step, tracking_code, title, body, attempts from notification where id = :id""")
				.param("id", id)
				.query((rs, n) -> new Row(rs.getLong("id"), ChannelKind.valueOf(rs.getString("channel")),
						rs.getString("recipient"), NotificationStep.valueOf(rs.getString("step")),
						rs.getString("tracking_code"), rs.getString("title"), rs.getString("body"), rs.getInt("attempts")))
				.single();
		String error = null;
		try {
			NotificationChannel channel = channels.getOrDefault(row.channel(), new LogChannel(row.channel()));
			String recipient = row.recipient() == null ? null : cipher.decrypt(row.recipient());
			channel.send(new NotificationChannel.Message(row.id(), recipient, row.step(), row.trackingCode(), row.title(),
					row.body()));
		}
		catch (Exception | LinkageError e) {
			error = describe(e);
			log.warn("Notification {} ({} {}) not delivered, attempt {}: {}", id, row.channel(), row.trackingCode(),
					row.attempts() + 1, error);
		}
		Instant at = Instant.now(clock);
		int attempts = row.attempts() + 1;
		jdbc.sql("""
				insert into notification_attempt (notification_id, attempted_at, node, succeeded, error)
				values (:id, :at, :node, :ok, :error)""").param("id", id).param("at", Timestamp.from(at))
				.param("node", node).param("ok", error == null).param("error", error).update();
		if (error == null) {
			jdbc.sql("""
					update notification set state = 'SENT', attempts = :attempts, sent_at = :at, claimed_by = null,
					claimed_until = null, last_error = null where id = :id""").param("attempts", attempts)
					.param("at", Timestamp.from(at)).param("id", id).update();
			return true;
		}
		boolean giveUp = attempts >= settings.maxAttempts();
		jdbc.sql("""
				update notification set state = :state, attempts = :attempts, next_attempt_at = :next, claimed_by = null,
				claimed_until = null, last_error = :error where id = :id""").param("state", giveUp ? "FAILED" : "PENDING")
				.param("attempts", attempts).param("next", Timestamp.from(at.plus(settings.backOff(attempts))))
				.param("error", error).param("id", id).update();
		return false;
	}

	private static String describe(Throwable e) {
		String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
		return text.length() > 480 ? text.substring(0, 480) : text;
	}
}
