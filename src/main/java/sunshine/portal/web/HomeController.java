package sunshine.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import sunshine.disclosure.DisclosureQueries;

/** The portal's home page: the public services and the latest disclosed information. */
@Controller
class HomeController {

	private final DisclosureQueries disclosure;

	HomeController(DisclosureQueries disclosure) {
		this.disclosure = disclosure;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("columns", disclosure.columns());
		model.addAttribute("latest", disclosure.catalogue(new DisclosureQueries.CatalogueFilter(null, null, null, null, null), 1, 8));
		return "portal/home";
	}
}
