package sunshine.agency.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import sunshine.agency.Role;
import sunshine.agency.StaffUser;

/** {@code GET /api/v1/me}: who is calling. */
@RestController
class MeApiController {

	/** The caller: login name, name, agency and roles. */
	record Me(String username, String name, String agencyCode, String agencyName, List<String> roles) {
	}

	@GetMapping("/api/v1/me")
	Me me(@AuthenticationPrincipal StaffUser user) {
		return new Me(user.username(), user.displayName(), user.agencyCode(), user.agencyName(),
				user.roles().stream().map(Role::name).sorted().toList());
	}
}
