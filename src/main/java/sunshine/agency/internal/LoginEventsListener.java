package sunshine.agency.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import sunshine.agency.StaffManagement;

/**
 * Turns Spring Security's login outcomes into lockout bookkeeping and audit entries. API calls
 * with HTTP Basic authenticate on every request; only their failures are audited.
 */
@Component
class LoginEventsListener {

	private final StaffManagement staff;

	LoginEventsListener(StaffManagement staff) {
		this.staff = staff;
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		staff.recordSuccessfulLogin(event.getAuthentication().getName(), !isApiRequest());
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String reason = event instanceof AuthenticationFailureBadCredentialsEvent ? "bad-credentials"
				: event.getException().getClass().getSimpleName();
		staff.recordFailedLogin(String.valueOf(event.getAuthentication().getName()), reason);
	}

	@EventListener
	void onLogout(LogoutSuccessEvent event) {
		staff.recordLogout(event.getAuthentication().getName());
	}

	private static boolean isApiRequest() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRequestURI().startsWith("/api/");
		}
		return false;
	}
}
