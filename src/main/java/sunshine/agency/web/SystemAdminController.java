package sunshine.agency.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import sunshine.agency.AgencyLookup;

/** 系统管理员: the agency tree with departments and responsible units. */
@Controller
class SystemAdminController {

	private final AgencyLookup agencies;

	SystemAdminController(AgencyLookup agencies) {
		this.agencies = agencies;
	}

	@GetMapping("/console/system/agencies")
	String agencies(Model model) {
		model.addAttribute("agencies", agencies.tree());
		model.addAttribute("lookup", agencies);
		return "agency/agencies";
	}
}
