package sunshine.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import sunshine.agency.AgencyLookup;
import sunshine.shared.Masking;
import sunshine.shared.PersonalDataCipher;

/**
 * The outbox's writing side and what staff see of it. {@link #subscribe} keeps how the citizen asked to be
 * told (addresses encrypted); {@link #notify} writes one message per chosen channel — or one for the log
 * when none was chosen — in the caller's transaction, so a step and its message commit together. Nothing
 * here sends: {@link NotificationDelivery} does, later and on its own.
 *
 * <p>Subjects name the case: {@code request:<tracking code>}, {@code petition:<id>}.
 */
@Service
public class Notifications {

	private final JdbcClient jdbc;
	private final PersonalDataCipher cipher;
	private final NotificationTemplates templates;
	private final AgencyLookup agencies;
	private final MessageSource messages;
	private final Clock clock;

	Notifications(JdbcClient jdbc, PersonalDataCipher cipher, NotificationTemplates templates, AgencyLookup agencies,
			MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.templates = templates;
		this.agencies = agencies;
		this.messages = messages;
		this.clock = clock;
	}

	/** Records how the citizen of a case wants to be told (replacing any earlier choice). */
	public void subscribe(String subject, long agencyId, Contact contact) {
		jdbc.sql("delete from notify_subscription where subject = :subject").param("subject", subject).update();
		jdbc.sql("""
				insert into notify_subscription (subject, agency_id, email, phone, wechat, channels, created_at)
				values (:subject, :agency, :email, :phone, :wechat, :channels, :at)""").param("subject", subject)
				.param("agency", agencyId).param("email", encrypt(contact.email()))
				.param("phone", encrypt(contact.phone())).param("wechat", encrypt(contact.wechatOpenId()))
				.param("channels", contact.channels().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
				.param("at", Timestamp.from(Instant.now(clock))).update();
	}

	/** The citizen's choice for a case, if one was recorded. */
	public Optional<Contact> contactOf(String subject) {
		return jdbc.sql("select email, phone, wechat, channels from notify_subscription where subject = :subject")
				.param("subject", subject).query((rs, n) -> {
					var kinds = EnumSet.noneOf(ChannelKind.class);
					for (String name : rs.getString("channels").split(",")) {
						if (!name.isBlank()) {
							kinds.add(ChannelKind.valueOf(name));
						}
					}
					return new Contact(decrypt(rs.getString("email")), decrypt(rs.getString("phone")),
							decrypt(rs.getString("wechat")), kinds);
				}).optional();
	}

	/**
	 * Writes the messages of a step into the outbox, in the caller's transaction.
	 *
	 * @param subject the case ({@code request:…}, {@code petition:…})
	 * @param day the legal day of the step (printed the Chinese way)
	 * @param detail what the template's {@code {detail}} says (the new due date, the unit…); may be empty
	 */
	public void notify(String subject, long agencyId, String trackingCode, NotificationStep step, LocalDate day,
			String detail) {
		Contact contact = contactOf(subject).orElse(Contact.NONE);
		Set<ChannelKind> channels = contact.channels().isEmpty() ? Set.of(ChannelKind.LOG) : contact.channels();
		var template = templates.effective(agencyId, step);
		String agency = agencies.byId(agencyId).map(a -> a.getName()).orElse("");
		String stepLabel = text("notify.step." + step.name());
		String date = day == null ? "" : day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
		String title = cut(NotificationTemplates.fill(template.title(), trackingCode, stepLabel, date, agency, detail), 200);
		String body = cut(NotificationTemplates.fill(template.body(), trackingCode, stepLabel, date, agency, detail), 4000);
		Timestamp now = Timestamp.from(Instant.now(clock));
		for (ChannelKind channel : channels.stream().sorted().toList()) {
			jdbc.sql("""
					insert into notification (subject, agency_id, tracking_code, step, channel, recipient, title, body,
					state, attempts, next_attempt_at, created_at) values (:subject, :agency, :code, :step, :channel,
					:recipient, :title, :body, 'PENDING', 0, :now, :now)""").param("subject", subject)
					.param("agency", agencyId).param("code", trackingCode).param("step", step.name())
					.param("channel", channel.name()).param("recipient", encrypt(contact.addressFor(channel)))
					.param("title", title).param("body", body).param("now", now).update();
		}
	}

	/** A message as staff see it on the case page: the address masked, times as instants. */
	public record View(long id, NotificationStep step, ChannelKind channel, String recipient, String state,
			int attempts, Instant createdAt, Instant sentAt, Instant nextAttemptAt, String lastError,
			List<Attempt> attemptLog) {

		/** The bundle key of the delivery state: pending, retrying, sent, logged, failed. */
		public String stateKey() {
			return "notify.state." + switch (state) {
				case "SENT" -> channel == ChannelKind.LOG ? "logged" : "sent";
				case "FAILED" -> "failed";
				default -> attempts > 0 ? "retrying" : "pending";
			};
		}
	}

	/** One try at sending. */
	public record Attempt(Instant at, String node, boolean succeeded, String error) {
	}

	/** The messages of a case, oldest first, each with its attempts. */
	public List<View> of(String subject) {
		var rows = jdbc.sql("""
				select id, step, channel, recipient, state, attempts, created_at, sent_at, next_attempt_at, last_error
				from notification where subject = :subject order by id""").param("subject", subject)
				.query((rs, n) -> new View(rs.getLong("id"), NotificationStep.valueOf(rs.getString("step")),
						ChannelKind.valueOf(rs.getString("channel")), mask(ChannelKind.valueOf(rs.getString("channel")),
								decrypt(rs.getString("recipient"))),
						rs.getString("state"), rs.getInt("attempts"), instant(rs.getTimestamp("created_at")),
						instant(rs.getTimestamp("sent_at")), instant(rs.getTimestamp("next_attempt_at")),
						rs.getString("last_error"), new ArrayList<>()))
				.list();
		if (rows.isEmpty()) {
			return rows;
		}
		var byId = rows.stream().collect(Collectors.toMap(View::id, v -> v));
		jdbc.sql("""
				select a.notification_id, a.attempted_at, a.node, a.succeeded, a.error from notification_attempt a
				join notification n on n.id = a.notification_id where n.subject = :subject order by a.id""")
				.param("subject", subject).query(rs -> {
					byId.get(rs.getLong(1)).attemptLog().add(new Attempt(instant(rs.getTimestamp(2)), rs.getString(3),
							rs.getBoolean(4), rs.getString(5)));
				});
		return rows;
	}

	private static String mask(ChannelKind channel, String address) {
		if (address == null) {
			return "";
		}
		return switch (channel) {
			case EMAIL -> Masking.email(address);
			case SMS -> Masking.phone(address);
			default -> address.length() <= 6 ? "****" : address.substring(0, 4) + "****";
		};
	}

	private static Instant instant(Timestamp at) {
		return at == null ? null : at.toInstant();
	}

	private String encrypt(String plain) {
		return plain == null ? null : cipher.encrypt(plain);
	}

	private String decrypt(String stored) {
		return stored == null ? null : cipher.decrypt(stored);
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

	private static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}
}
