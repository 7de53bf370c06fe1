package sunshine.agency.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sunshine.agency.AgencyLookup;
import sunshine.agency.OrgScope;
import sunshine.agency.StaffManagement;
import sunshine.agency.StaffUser;

/** The staff console's home (工作台) and the change of one's own password. */
@Controller
class ConsoleController {

	private final AgencyLookup agencies;
	private final StaffManagement staff;
	private final MessageSource messages;
	private final List<sunshine.agency.ConsoleWork> work;

	ConsoleController(AgencyLookup agencies, StaffManagement staff, MessageSource messages,
			List<sunshine.agency.ConsoleWork> work) {
		this.work = work;
		this.agencies = agencies;
		this.staff = staff;
		this.messages = messages;
	}

	@GetMapping("/console")
	String home(@AuthenticationPrincipal StaffUser user, Model model, Locale locale) {
		OrgScope scope = agencies.scopeOf(user);
		model.addAttribute("toDo", work.stream().flatMap(w -> w.toDo(user, locale).stream()).toList());
		model.addAttribute("user", user);
		model.addAttribute("scopeAgencies", agencies.tree().stream().filter(a -> scope.includes(a.getId())).toList());
		return "agency/console";
	}

	@GetMapping("/console/password")
	String passwordForm() {
		return "agency/password";
	}

	@PostMapping("/console/password")
	String changePassword(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "") String current,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String repeat,
			Model model, Locale locale, RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest http) {
		List<String> problems = !password.equals(repeat) ? List.of("password.mismatch")
				: staff.changeOwnPassword(user.username(), current, password);
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("passwordChanged", true);
			return "redirect:/console";
		}
		if (problems.contains(sunshine.agency.StaffManagement.PASSWORD_LOCKED)) {
			// Locked by guessing the current password: the session ends, as a locked login would.
			var session = http.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
			return "redirect:/login?error=locked";
		}
		model.addAttribute("errors", problems.stream().map(key -> messages.getMessage(key, null, locale)).toList());
		return "agency/password";
	}
}
