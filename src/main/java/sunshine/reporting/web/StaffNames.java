package sunshine.reporting.web;

import java.time.Instant;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import sunshine.agency.StaffUser;
import sunshine.reporting.document.ReportDocumentExports;

/**
 * What the reporting pages show for the people and moments they record: a staff member by the name they
 * sign with, never the login name (templates: {@code names.get(username)}); a moment in Beijing time, the
 * Chinese way, 2026年12月3日 15:58 ({@code times.get(instant)}).
 */
@Component
public class StaffNames {

	/** Moments in Beijing time, the Chinese way. */
	public static final Times TIMES = new Times();

	private final UserDetailsService users;

	StaffNames(UserDetailsService users) {
		this.users = users;
	}

	/** The staff member's name, or the login name of an account that no longer exists. */
	public String get(String username) {
		if (username == null) {
			return "";
		}
		try {
			return users.loadUserByUsername(username) instanceof StaffUser staff && staff.displayName() != null
					&& !staff.displayName().isBlank() ? staff.displayName() : username;
		}
		catch (UsernameNotFoundException e) {
			return username;
		}
	}

	/** Moments in Beijing time, the Chinese way. */
	public static final class Times {

		public String get(Instant at) {
			return ReportDocumentExports.dateTime(at);
		}
	}
}
