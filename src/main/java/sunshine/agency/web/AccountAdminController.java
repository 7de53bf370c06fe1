package sunshine.agency.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sunshine.agency.AgencyLookup;
import sunshine.agency.OrgScope;
import sunshine.agency.Role;
import sunshine.agency.StaffManagement;
import sunshine.agency.StaffUser;

/** 系统管理员: opens, disables and enables staff accounts; the security administrator grants their roles. */
@Controller
class AccountAdminController {

	private final StaffManagement staff;
	private final AgencyLookup agencies;
	private final MessageSource messages;

	AccountAdminController(StaffManagement staff, AgencyLookup agencies, MessageSource messages) {
		this.staff = staff;
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping("/console/system/staff")
	String accounts(@AuthenticationPrincipal StaffUser user, Model model) {
		OrgScope scope = agencies.scopeOf(user, Role.SYSTEM_ADMIN);
		model.addAttribute("accounts", staff.accountsIn(scope));
		model.addAttribute("agencies", agencies.tree().stream().filter(a -> scope.includes(a.getId())).toList());
		return "agency/accounts";
	}

	@PostMapping("/console/system/staff")
	String open(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "0") long agencyId,
			@RequestParam(defaultValue = "") String password, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			staff.openAccount(user, username.strip(), displayName, agencyId, password);
			redirect.addFlashAttribute("message", "staff.opened");
			return "redirect:/console/system/staff";
		}
		catch (IllegalArgumentException e) {
			model.addAttribute("error", messages.getMessage(e.getMessage(), null, locale));
			model.addAttribute("username", username);
			model.addAttribute("displayName", displayName);
			model.addAttribute("agencyId", agencyId);
			return accounts(user, model);
		}
	}

	@PostMapping("/console/system/staff/{id}/enabled")
	String enable(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		staff.setEnabled(user, id, enabled);
		redirect.addFlashAttribute("message", enabled ? "staff.enabledDone" : "staff.disabledDone");
		return "redirect:/console/system/staff";
	}
}
