package sunshine.portal.web;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import sunshine.portal.Portal;

/**
 * The 关怀版 switch in every page's header: turns the elder-friendly version on or off in a cookie
 * and goes back to the page it came from (a path on this site only). A link, so it works without
 * JavaScript; no session is made.
 */
@Controller
class CareModeController {

	@GetMapping("/tools/care")
	ResponseEntity<Void> switchCare(@RequestParam(defaultValue = "true") String on,
			@RequestParam(defaultValue = "/") String back, HttpServletRequest request) {
		boolean care = !"false".equalsIgnoreCase(on.strip());
		String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
		var cookie = ResponseCookie.from(Portal.CARE_COOKIE, care ? "1" : "").path(path).httpOnly(true).sameSite("Lax")
				.secure(request.isSecure()).maxAge(care ? Duration.ofDays(365) : Duration.ZERO).build();
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.SET_COOKIE, cookie.toString())
				.header(HttpHeaders.LOCATION, request.getContextPath() + Portal.safeReturn(back)).build();
	}
}
