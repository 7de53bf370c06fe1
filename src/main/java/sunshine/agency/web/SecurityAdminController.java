package sunshine.agency.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sunshine.agency.AgencyLookup;
import sunshine.agency.Role;
import sunshine.agency.SeparationOfDutiesException;
import sunshine.agency.StaffManagement;
import sunshine.agency.StaffUser;

/** 安全管理员: grants and revokes roles, unlocks locked accounts, within their agencies. */
@Controller
class SecurityAdminController {

	private final StaffManagement staff;
	private final AgencyLookup agencies;

	SecurityAdminController(StaffManagement staff, AgencyLookup agencies) {
		this.staff = staff;
		this.agencies = agencies;
	}

	@GetMapping("/console/security/staff")
	String accounts(@AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute("accounts", staff.accountsInScopeOf(user));
		model.addAttribute("agencies", agencies.tree());
		model.addAttribute("roles", List.copyOf(Arrays.asList(Role.values())));
		return "agency/staff";
	}

	@PostMapping("/console/security/staff/{id}/roles")
	String changeRole(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @RequestParam Role role,
			@RequestParam String change, RedirectAttributes redirect) {
		try {
			if ("grant".equals(change)) {
				staff.grantRole(user, id, role);
			}
			else {
				staff.revokeRole(user, id, role);
			}
			redirect.addFlashAttribute("message", "staff.roleChanged");
		}
		catch (SeparationOfDutiesException e) {
			redirect.addFlashAttribute("error", "staff.separationOfDuties");
		}
		return "redirect:/console/security/staff";
	}

	@PostMapping("/console/security/staff/{id}/unlock")
	String unlock(@AuthenticationPrincipal StaffUser user, @PathVariable long id, RedirectAttributes redirect) {
		staff.unlock(user, id);
		redirect.addFlashAttribute("message", "staff.unlocked");
		return "redirect:/console/security/staff";
	}
}
