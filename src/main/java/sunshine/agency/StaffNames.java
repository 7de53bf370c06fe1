package sunshine.agency;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who did something, as people read it: a staff member by the name of the account (王建国), never by the
 * login name; the citizen, the anonymous public and the platform itself by a label in the reader's
 * language. A login name that is no longer an account is shown as such, marked as an account name.
 * Templates call it as {@code ${@staffNames.of(actor)}}.
 */
@Component("staffNames")
public class StaffNames {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	StaffNames(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** The actor recorded in a history or the audit log, as a person or a label; empty for none. */
	public String of(String actor) {
		return of(actor, LocaleContextHolder.getLocale());
	}

	public String of(String actor, Locale locale) {
		if (actor == null || actor.isBlank()) {
			return "";
		}
		switch (actor) {
			case "citizen", "anonymous", "system" -> {
				return messages.getMessage("actor." + actor, null, locale);
			}
			default -> {
				String known = all().get(actor);
				return known != null ? known
						: jdbc.sql("select display_name from staff_account where username = :u").param("u", actor)
								.query(String.class).optional()
								.orElseGet(() -> messages.getMessage("actor.account", new Object[] { actor }, locale));
			}
		}
	}

	/** How long the list of names is reused: a page of 200 audit entries reads it once, not 200 times. */
	private static final long REUSE_NANOS = 10_000_000_000L;

	private volatile java.util.Map<String, String> names = java.util.Map.of();

	private volatile long readAt;

	private volatile boolean read;

	/**
	 * Every account's login name with the name of its person (for replacing logins inside recorded text),
	 * read again after ten seconds; an account opened since is found by {@link #of} all the same.
	 */
	public java.util.Map<String, String> all() {
		long now = System.nanoTime();
		if (!read || now - readAt > REUSE_NANOS) {
			var fresh = new java.util.HashMap<String, String>();
			jdbc.sql("select username, display_name from staff_account")
					.query((rs, n) -> fresh.put(rs.getString(1), rs.getString(2))).list();
			names = java.util.Map.copyOf(fresh);
			readAt = now;
			read = true;
		}
		return names;
	}
}
