package sunshine.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's home page. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "portal/home";
	}
}
