package sunshine.notify.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sunshine.agency.StaffUser;
import sunshine.notify.NotificationStep;
import sunshine.notify.NotificationTemplates;

/**
 * 告知模板: the agency's registrars and disclosure editors word the messages of each step for their own
 * agency, or restore the default (asked to confirm first).
 */
@Controller
class NotificationTemplatesController {

	private final NotificationTemplates templates;
	private final MessageSource messages;

	NotificationTemplatesController(NotificationTemplates templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	@GetMapping("/console/notify/templates")
	String page(@AuthenticationPrincipal StaffUser user, Model model) {
		require(user);
		model.addAttribute("templates", templates.all(user.agencyId()));
		model.addAttribute("placeholders", NotificationTemplates.PLACEHOLDERS);
		return "notify/templates";
	}

	@PostMapping("/console/notify/templates")
	String save(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "") String step,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "") String reset, @RequestParam(defaultValue = "false") boolean confirmed,
			RedirectAttributes redirect, Locale locale) {
		require(user);
		Optional<NotificationStep> chosen = Arrays.stream(NotificationStep.values()).filter(s -> s.name().equals(step))
				.findFirst();
		if (chosen.isEmpty()) {
			redirect.addFlashAttribute("failure", messages.getMessage("notify.error.step", null, locale));
			return "redirect:/console/notify/templates";
		}
		try {
			if ("yes".equals(reset)) {
				if (!confirmed) {
					redirect.addFlashAttribute("failure", messages.getMessage("notify.error.confirm", null, locale));
					return "redirect:/console/notify/templates#" + chosen.get().name();
				}
				templates.reset(user, chosen.get());
			}
			else {
				templates.save(user, chosen.get(), title, body);
			}
			redirect.addFlashAttribute("done", messages.getMessage("notify.templates.saved", null, locale));
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("failure", messages.getMessage("notify.error.template", null, locale));
		}
		return "redirect:/console/notify/templates#" + chosen.get().name();
	}

	private static void require(StaffUser user) {
		if (user == null || !NotificationTemplates.mayEdit(user)) {
			throw new AccessDeniedException("notify.error.role");
		}
	}
}
