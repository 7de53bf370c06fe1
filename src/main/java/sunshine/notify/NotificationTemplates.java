package sunshine.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sunshine.agency.Role;
import sunshine.agency.StaffUser;
import sunshine.shared.workflow.NotPermitted;

/**
 * Each agency's wording of its messages (告知模板): the agency's own text where it saved one, else the
 * default of the bundle ({@code notify.template.<STEP>.title/body}, Chinese). The agency's registrars
 * (who tell citizens) and its disclosure editors (who word what the public reads) edit them; every change is
 * audited.
 */
@Service
public class NotificationTemplates {

	/** The longest title and body an agency may save. */
	public static final int TITLE_MAX = 200;
	public static final int BODY_MAX = 2000;

	/** The placeholders a template may use. */
	public static final List<String> PLACEHOLDERS = List.of("{trackingCode}", "{step}", "{date}", "{agency}",
			"{detail}");

	private final JdbcClient jdbc;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	NotificationTemplates(JdbcClient jdbc, MessageSource messages, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/** A step's wording for an agency; {@code custom} when the agency saved its own. */
	public record Template(NotificationStep step, String title, String body, boolean custom) {
	}

	public Template effective(long agencyId, NotificationStep step) {
		return own(agencyId, step).orElseGet(() -> defaultOf(step));
	}

	public Template defaultOf(NotificationStep step) {
		return new Template(step, text("notify.template." + step.name() + ".title"),
				text("notify.template." + step.name() + ".body"), false);
	}

	public List<Template> all(long agencyId) {
		var all = new ArrayList<Template>();
		for (NotificationStep step : NotificationStep.values()) {
			all.add(effective(agencyId, step));
		}
		return all;
	}

	/** Whether the user may edit the agency's templates. */
	public static boolean mayEdit(StaffUser user) {
		return user.has(Role.REGISTRAR) || user.has(Role.DISCLOSURE_EDITOR);
	}

	/** Saves the agency's own wording of a step (the user's agency). */
	@Transactional
	public void save(StaffUser user, NotificationStep step, String title, String body) {
		if (!mayEdit(user)) {
			throw new NotPermitted("notify.error.role");
		}
		String t = title == null ? "" : title.strip();
		String b = body == null ? "" : body.strip();
		if (t.isEmpty() || b.isEmpty() || t.length() > TITLE_MAX || b.length() > BODY_MAX) {
			throw new IllegalArgumentException("notify.error.template");
		}
		Instant now = Instant.now(clock);
		int changed = jdbc.sql("""
				update notify_template set title_text = :title, body_text = :body, updated_at = :at, updated_by = :by
				where agency_id = :agency and step = :step""").param("title", t).param("body", b)
				.param("at", Timestamp.from(now)).param("by", user.username()).param("agency", user.agencyId())
				.param("step", step.name()).update();
		if (changed == 0) {
			jdbc.sql("""
					insert into notify_template (agency_id, step, title_text, body_text, updated_at, updated_by)
					values (:agency, :step, :title, :body, :at, :by)""").param("agency", user.agencyId())
					.param("step", step.name()).param("title", t).param("body", b).param("at", Timestamp.from(now))
					.param("by", user.username()).update();
		}
		events.publishEvent(new NotifyEvents.TemplateChanged(user.agencyCode(), step, false));
	}

	/** Back to the default wording. */
	@Transactional
	public void reset(StaffUser user, NotificationStep step) {
		if (!mayEdit(user)) {
			throw new NotPermitted("notify.error.role");
		}
		jdbc.sql("delete from notify_template where agency_id = :agency and step = :step")
				.param("agency", user.agencyId()).param("step", step.name()).update();
		events.publishEvent(new NotifyEvents.TemplateChanged(user.agencyCode(), step, true));
	}

	private Optional<Template> own(long agencyId, NotificationStep step) {
		return jdbc.sql("select title_text, body_text from notify_template where agency_id = :agency and step = :step")
				.param("agency", agencyId).param("step", step.name())
				.query((rs, n) -> new Template(step, rs.getString(1), rs.getString(2), true)).optional();
	}

	/** Fills the placeholders. */
	public static String fill(String template, String trackingCode, String stepLabel, String date, String agency,
			String detail) {
		return template.replace("{trackingCode}", trackingCode).replace("{step}", stepLabel).replace("{date}", date)
				.replace("{agency}", agency).replace("{detail}", detail == null ? "" : detail);
	}

	private String text(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}
}
