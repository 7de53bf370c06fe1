package sunshine.agency.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff login page (工作人员登录). */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "agency/login";
	}
}
