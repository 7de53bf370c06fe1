package sunshine.agency.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sunshine.agency.Agency;
import sunshine.agency.AgencyLookup;
import sunshine.agency.RegionAdministration;
import sunshine.agency.Role;
import sunshine.agency.StaffUser;
import sunshine.shared.web.ActionForms;
import sunshine.shared.workflow.IllegalTransition;
import sunshine.shared.workflow.NotPermitted;

/**
 * 系统管理员: the agency tree with departments and responsible units, and 机构调整 — each change a form
 * bound to its record of {@link RegionAdministration}; merge, retire and move need the page's confirmation
 * ticked, checked on the server.
 */
@Controller
class SystemAdminController {

	private final AgencyLookup agencies;
	private final RegionAdministration region;
	private final ActionForms forms;
	private final MessageSource messages;

	SystemAdminController(AgencyLookup agencies, RegionAdministration region, ActionForms forms, MessageSource messages) {
		this.agencies = agencies;
		this.region = region;
		this.forms = forms;
		this.messages = messages;
	}

	@GetMapping("/console/system/agencies")
	String agencies(@AuthenticationPrincipal StaffUser user, Model model) {
		var scope = agencies.scopeOf(user, Role.SYSTEM_ADMIN);
		var all = agencies.fullTree();
		model.addAttribute("agencies", all.stream().filter(a -> scope.includes(a.getId())).toList());
		model.addAttribute("working", agencies.tree().stream().filter(a -> scope.includes(a.getId())).toList());
		model.addAttribute("names", all.stream().collect(java.util.stream.Collectors.toMap(Agency::getId, Agency::getName)));
		model.addAttribute("lookup", agencies);
		model.addAttribute("ownAgencyId", user.agencyId());
		return "agency/agencies";
	}

	@PostMapping("/console/system/agencies")
	String create(@AuthenticationPrincipal StaffUser user, HttpServletRequest http, Locale locale,
			RedirectAttributes redirect) {
		return change(redirect, locale, () -> region.create(user,
				bind(RegionAdministration.NewAgency.class, http, locale)).getName());
	}

	@PostMapping("/console/system/agencies/{id:\\d+}/{change:rename|move|merge|retire|departments|units}")
	String changeAgency(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @PathVariable String change,
			HttpServletRequest http, Locale locale, RedirectAttributes redirect) {
		return change(redirect, locale, () -> switch (change) {
			case "rename" -> region.rename(user, id, bind(RegionAdministration.Rename.class, http, locale)).getName();
			case "move" -> region.move(user, id, bind(RegionAdministration.Move.class, http, locale)).getName();
			case "merge" -> region.merge(user, id, bind(RegionAdministration.Merge.class, http, locale)).getName();
			case "retire" -> region.retire(user, id, bind(RegionAdministration.Retire.class, http, locale)).getName();
			case "departments" -> region.createDepartment(user, id, bind(RegionAdministration.Named.class, http, locale)).getName();
			default -> region.createUnit(user, id, bind(RegionAdministration.Named.class, http, locale)).getName();
		});
	}

	@PostMapping("/console/system/{kind:departments|units}/{id:\\d+}/{change:rename|retire}")
	String changeOther(@AuthenticationPrincipal StaffUser user, @PathVariable String kind, @PathVariable long id,
			@PathVariable String change, HttpServletRequest http, Locale locale, RedirectAttributes redirect) {
		boolean department = "departments".equals(kind);
		return change(redirect, locale, () -> "rename".equals(change)
				? department ? region.renameDepartment(user, id, bind(RegionAdministration.Named.class, http, locale)).getName()
						: region.renameUnit(user, id, bind(RegionAdministration.Named.class, http, locale)).getName()
				: department ? region.retireDepartment(user, id, bind(RegionAdministration.Confirm.class, http, locale)).getName()
						: region.retireUnit(user, id, bind(RegionAdministration.Confirm.class, http, locale)).getName());
	}

	private <F extends Record> F bind(Class<F> type, HttpServletRequest http, Locale locale) {
		return ActionForms.require(forms.fromFields(type, http::getParameter, locale));
	}

	/** Runs a change; what it refuses (bad input, a rule, the scope) is told on the page, in the caller's language. */
	private String change(RedirectAttributes redirect, Locale locale, java.util.function.Supplier<String> change) {
		try {
			redirect.addFlashAttribute("done", change.get());
		}
		catch (ActionForms.Invalid e) {
			redirect.addFlashAttribute("problems", java.util.List.copyOf(e.errors().values()));
		}
		catch (RegionAdministration.InvalidChange e) {
			redirect.addFlashAttribute("problems", java.util.List.of(messages.getMessage(e.messageKey(), null, locale)));
		}
		catch (NotPermitted e) {
			throw new org.springframework.security.access.AccessDeniedException(e.messageKey());
		}
		catch (IllegalTransition e) {
			redirect.addFlashAttribute("problems",
					java.util.List.of(messages.getMessage(e.messageKey(), e.arguments(), locale)));
		}
		return "redirect:/console/system/agencies";
	}

}
