package sunshine.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import sunshine.agency.StaffUser;
import sunshine.audit.AuditLog;
import sunshine.shared.AuditableEvent;

/**
 * Writes every {@link AuditableEvent} to the audit log in the transaction that raised it, so an
 * action and its entry commit or roll back together.
 */
@Component
class AuditingListener {

	static final String SYSTEM = "system";
	static final String ANONYMOUS = "anonymous";

	private final AuditLog log;

	AuditingListener(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(AuditableEvent event) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String actor = event.actor();
		String agency = null;
		if (authentication != null && authentication.getPrincipal() instanceof StaffUser user) {
			agency = user.agencyCode();
			if (actor == null) {
				actor = user.username();
			}
		}
		String remote = null;
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			remote = attributes.getRequest().getRemoteAddr();
			if (actor == null) {
				actor = ANONYMOUS;
			}
		}
		if (actor == null) {
			actor = SYSTEM;
		}
		log.append(actor, agency, event.action(), event.subject(), event.detail() == null ? "" : event.detail(), remote);
	}
}
