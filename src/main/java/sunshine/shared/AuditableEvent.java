package sunshine.shared;

/**
 * An event that the audit log records: what happened ({@link #action()}, a stable code such as
 * {@code calendar.year.replaced}), to what ({@link #subject()}) and the details worth keeping. The
 * actor and the remote address are taken from the request the event was raised in, unless
 * {@link #actor()} names one (e.g. the username tried in a failed login).
 */
public interface AuditableEvent {

	String action();

	String subject();

	default String detail() {
		return "";
	}

	/** The actor to record when it is not the logged-in user; {@code null} to take the current user. */
	default String actor() {
		return null;
	}
}
