package sunshine.agency.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import sunshine.agency.Role;
import sunshine.agency.StaffUser;

/** {@code GET /api/v1/me}: who is calling. */
@RestController
class MeApiController {

	@GetMapping("/api/v1/me")
	Map<String, Object> me(@AuthenticationPrincipal StaffUser user) {
		var body = new LinkedHashMap<String, Object>();
		body.put("username", user.username());
		body.put("name", user.displayName());
		body.put("agencyCode", user.agencyCode());
		body.put("agencyName", user.agencyName());
		body.put("roles", user.roles().stream().map(Role::name).sorted().toList());
		return body;
	}
}
