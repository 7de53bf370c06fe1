package sunshine.agency;

import sunshine.shared.AuditableEvent;

/** What happens to staff accounts; every one is written to the audit log. */
public final class StaffEvents {

	private StaffEvents() {
	}

	public record AgencyCreated(String code, String name) implements AuditableEvent {
		public String action() { return "agency.created"; }
		public String subject() { return "agency:" + code; }
		public String detail() { return name; }
	}

	public record AccountCreated(String username, String agencyCode) implements AuditableEvent {
		public String action() { return "staff.created"; }
		public String subject() { return "staff:" + username; }
		public String detail() { return "agency=" + agencyCode; }
	}

	public record AccountDisabled(String username) implements AuditableEvent {
		public String action() { return "staff.disabled"; }
		public String subject() { return "staff:" + username; }
	}

	public record AccountEnabled(String username) implements AuditableEvent {
		public String action() { return "staff.enabled"; }
		public String subject() { return "staff:" + username; }
	}

	public record RoleGranted(String username, Role role) implements AuditableEvent {
		public String action() { return "staff.role.granted"; }
		public String subject() { return "staff:" + username; }
		public String detail() { return role.name(); }
	}

	public record RoleRevoked(String username, Role role) implements AuditableEvent {
		public String action() { return "staff.role.revoked"; }
		public String subject() { return "staff:" + username; }
		public String detail() { return role.name(); }
	}

	public record LoggedIn(String username) implements AuditableEvent {
		public String action() { return "staff.login"; }
		public String subject() { return "staff:" + username; }
		public String actor() { return username; }
	}

	public record LoggedOut(String username) implements AuditableEvent {
		public String action() { return "staff.logout"; }
		public String subject() { return "staff:" + username; }
		public String actor() { return username; }
	}

	public record LoginFailed(String username, String reason) implements AuditableEvent {
		public String action() { return "staff.login.failed"; }
		public String subject() { return "staff:" + username; }
		public String detail() { return reason; }
		public String actor() { return username; }
	}

	public record AccountLocked(String username, String until) implements AuditableEvent {
		public String action() { return "staff.locked"; }
		public String subject() { return "staff:" + username; }
		public String detail() { return "until=" + until; }
		public String actor() { return username; }
	}

	public record AccountUnlocked(String username) implements AuditableEvent {
		public String action() { return "staff.unlocked"; }
		public String subject() { return "staff:" + username; }
	}

	public record PasswordChanged(String username) implements AuditableEvent {
		public String action() { return "staff.password.changed"; }
		public String subject() { return "staff:" + username; }
	}
}
