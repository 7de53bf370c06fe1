package sunshine.opinion.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import sunshine.agency.StaffUser;
import sunshine.disclosure.HotspotChannel;
import sunshine.opinion.OpinionEvent;
import sunshine.opinion.OpinionEvent.Action;
import sunshine.opinion.OpinionLevel;
import sunshine.opinion.OpinionManagement;
import sunshine.opinion.OpinionQueries;
import sunshine.opinion.OpinionStatus;
import sunshine.opinion.OpinionWorkflow;
import sunshine.opinion.ResponseEffect;
import sunshine.shared.DateInput;
import sunshine.shared.web.ActionForms;
import sunshine.shared.workflow.IllegalTransition;
import sunshine.shared.workflow.NotFound;
import sunshine.shared.workflow.NotPermitted;

/**
 * 政务舆情 in the console: the agency's events with filters by state and level and the form to enter one;
 * an event's page with its file, its responses and the steps the user may take now (closing and filing
 * are confirmed on the page and checked again here); the feeds the agency's events are read from.
 */
@Controller
class OpinionConsoleController {

	private final OpinionManagement opinion;
	private final OpinionQueries queries;
	private final ActionForms forms;
	private final MessageSource messages;

	OpinionConsoleController(OpinionManagement opinion, OpinionQueries queries, ActionForms forms, MessageSource messages) {
		this.opinion = opinion;
		this.queries = queries;
		this.forms = forms;
		this.messages = messages;
	}

	@GetMapping("/console/opinion")
	String list(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) String level, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		reader(user);
		OpinionStatus state = parse(OpinionStatus.class, status);
		OpinionLevel grade = parse(OpinionLevel.class, level);
		LocalDate since = date(from);
		LocalDate until = date(to);
		model.addAttribute("events", queries.events(user.agencyId(), new OpinionQueries.Filter(state, grade, since, until)));
		model.addAttribute("status", state == null ? "" : state.name());
		model.addAttribute("level", grade == null ? "" : grade.name());
		model.addAttribute("from", since == null ? "" : since.toString());
		model.addAttribute("to", until == null ? "" : until.toString());
		model.addAttribute("statuses", OpinionStatus.values());
		model.addAttribute("levels", OpinionLevel.values());
		model.addAttribute("mayCollect", user.has(OpinionWorkflow.COLLECTOR));
		model.addAttribute("limit", OpinionQueries.LIMIT);
		return "opinion/list";
	}

	@PostMapping("/console/opinion")
	String collect(@AuthenticationPrincipal StaffUser user, HttpServletRequest http, Locale locale,
			RedirectAttributes redirect) {
		if (!user.has(OpinionWorkflow.COLLECTOR)) {
			throw new AccessDeniedException("opinion.error.role.collect");
		}
		var bound = forms.fromFields(OpinionWorkflow.Collect.class, http::getParameter, locale);
		Map<String, String> errors = new LinkedHashMap<>(bound.errors());
		if (errors.isEmpty()) {
			try {
				OpinionEvent event = opinion.collect(user, bound.form());
				redirect.addFlashAttribute("done", text("opinion.collected", locale));
				return "redirect:/console/opinion/" + event.getId();
			}
			catch (IllegalTransition e) {
				errors.put("noticedOn", text(e, locale));
			}
		}
		redirect.addFlashAttribute("errors", errors);
		redirect.addFlashAttribute("typed", bound.typed());
		return "redirect:/console/opinion#collect";
	}

	@GetMapping("/console/opinion/{id:\\d+}")
	String event(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
		reader(user);
		OpinionEvent event = opinion.find(id, user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("event", event);
		model.addAttribute("actions", opinion.actionsFor(event, user));
		model.addAttribute("levels", OpinionLevel.values());
		model.addAttribute("channels", HotspotChannel.values());
		model.addAttribute("effects", ResponseEffect.values());
		return "opinion/event";
	}

	@PostMapping("/console/opinion/{id:\\d+}/actions/{action}")
	String act(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @PathVariable String action,
			HttpServletRequest http, Locale locale, RedirectAttributes redirect) {
		Action step = Action.of(action).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			opinion.requireRoleFor(user, step);
		}
		catch (NotPermitted e) {
			throw new AccessDeniedException(e.messageKey());
		}
		var bound = forms.fromFields(OpinionWorkflow.TABLE.formOf(step), http::getParameter, locale);
		Map<String, String> errors = new LinkedHashMap<>(bound.errors());
		if (errors.isEmpty()) {
			try {
				opinion.act(user, id, step, bound.form());
			}
			catch (NotFound e) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			catch (NotPermitted e) {
				throw new AccessDeniedException(e.messageKey());
			}
			catch (IllegalTransition e) {
				errors.put("action", text(e, locale));
			}
		}
		if (errors.isEmpty()) {
			redirect.addFlashAttribute("done", text("opinion.action.done." + step.name(), locale));
		}
		else {
			redirect.addFlashAttribute("errors", errors);
			redirect.addFlashAttribute("typed", bound.typed());
			redirect.addFlashAttribute("failedAction", step.name());
		}
		return "redirect:/console/opinion/" + id;
	}

	// ------------------------------------------------------------------ feeds

	@GetMapping("/console/opinion/feeds")
	String feeds(@AuthenticationPrincipal StaffUser user, Model model) {
		reader(user);
		model.addAttribute("feeds", opinion.feeds(user));
		model.addAttribute("mayConfigure", user.has(OpinionWorkflow.COLLECTOR));
		return "opinion/feeds";
	}

	@PostMapping("/console/opinion/feeds")
	String addFeed(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String url, Locale locale, RedirectAttributes redirect) {
		try {
			opinion.addFeed(user, name, url);
			redirect.addFlashAttribute("done", text("opinion.feed.added", locale));
		}
		catch (NotPermitted e) {
			throw new AccessDeniedException(e.messageKey());
		}
		catch (IllegalTransition e) {
			redirect.addFlashAttribute("errors", Map.of("feed", text(e, locale)));
			redirect.addFlashAttribute("typed", Map.of("name", name, "url", url));
		}
		return "redirect:/console/opinion/feeds";
	}

	@PostMapping("/console/opinion/feeds/{id:\\d+}/stop")
	String stopFeed(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Locale locale,
			RedirectAttributes redirect) {
		try {
			opinion.stopFeed(user, id);
			redirect.addFlashAttribute("done", text("opinion.feed.stopped", locale));
		}
		catch (NotFound e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		catch (NotPermitted e) {
			throw new AccessDeniedException(e.messageKey());
		}
		return "redirect:/console/opinion/feeds";
	}

	// ------------------------------------------------------------------ helpers

	private static void reader(StaffUser user) {
		if (!OpinionManagement.mayRead(user)) {
			throw new AccessDeniedException("opinion.error.role.read");
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private String text(IllegalTransition e, Locale locale) {
		return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
	}

	static <E extends Enum<E>> E parse(Class<E> type, String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, name.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return DateInput.parse(text.strip());
		}
		catch (RuntimeException e) {
			return null;
		}
	}
}
