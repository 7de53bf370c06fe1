package sunshine.requests.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sunshine.agency.AgencyLookup;
import sunshine.agency.Role;
import sunshine.agency.StaffUser;
import sunshine.calendar.CalendarManagement;
import sunshine.requests.AnswerClock;
import sunshine.requests.ApplicantType;
import sunshine.requests.Delivery;
import sunshine.requests.DisclosureRequest;
import sunshine.requests.DisclosureRequest.Action;
import sunshine.requests.DisclosureRequestManagement;
import sunshine.requests.DisclosureRequestQueries;
import sunshine.requests.RequestWorkflow;
import sunshine.shared.web.ActionForms;
import sunshine.shared.workflow.IllegalTransition;
import sunshine.shared.workflow.NotPermitted;
import sunshine.requests.IntakeChannel;
import sunshine.requests.InvalidApplication;
import sunshine.requests.NoticeKind;
import sunshine.requests.Outcome;
import sunshine.requests.ProcessingFee;
import sunshine.requests.RemedyKind;
import sunshine.requests.RemedyResult;
import sunshine.requests.RequestNotices;
import sunshine.requests.TrackingView;
import sunshine.requests.RequestApplication;
import sunshine.requests.RequestStatus;
import sunshine.shared.PersonalDetails;

/**
 * The staff console of 依申请公开: the queue (due / due soon / overdue), registration of applications
 * received off-line, the request page with its timeline and exactly the actions its state allows,
 * the letters as PDF and Word, and remedies. The three separated administrators have no access.
 */
@Controller
class ConsoleRequestController {

	private final DisclosureRequestManagement management;
	private final ActionForms forms;
	private final DisclosureRequestQueries queries;
	private final RequestNotices notices;
	private final TrackingView tracking;
	private final AgencyLookup agencies;
	private final MessageSource messages;
	private final CalendarManagement calendar;
	private final Clock clock;

	private final sunshine.notify.Notifications notifications;

	ConsoleRequestController(DisclosureRequestManagement management, ActionForms forms, DisclosureRequestQueries queries,
			RequestNotices notices, TrackingView tracking, AgencyLookup agencies, MessageSource messages,
			CalendarManagement calendar, Clock clock, sunshine.notify.Notifications notifications) {
		this.notifications = notifications;
		this.calendar = calendar;
		this.management = management;
		this.forms = forms;
		this.queries = queries;
		this.notices = notices;
		this.tracking = tracking;
		this.agencies = agencies;
		this.messages = messages;
		this.clock = clock;
	}

	/** Lines per page of the queue. */
	static final int PAGE_SIZE = 50;

	@GetMapping("/console/requests")
	String queue(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "open") String view,
			@RequestParam(required = false) String agency, @RequestParam(required = false) String q,
			@RequestParam(required = false) String status, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String person, @RequestParam(required = false) String page, Model model) {
		requireBusinessRole(user);
		var scope = agencies.scopeOf(user);
		Long agencyId = number(agency);
		RequestStatus state = Arrays.stream(RequestStatus.values()).filter(s -> s.name().equals(status)).findFirst()
				.orElse(null);
		IntakeChannel intake = Arrays.stream(IntakeChannel.values()).filter(c -> c.name().equals(channel)).findFirst()
				.orElse(null);
		int pageNo = number(page) == null ? 0 : (int) Math.max(0, Math.min(100_000, number(page)));
		var found = queries.page(scope, new DisclosureRequestQueries.Filter(view, agencyId, q, state, intake, day(from),
				day(to), person), pageNo, PAGE_SIZE);
		model.addAttribute("found", found);
		model.addAttribute("rows", found.rows());
		model.addAttribute("counts", queries.counts(scope));
		model.addAttribute("view", view);
		model.addAttribute("q", q);
		model.addAttribute("agency", agencyId);
		model.addAttribute("status", state);
		model.addAttribute("channel", intake);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("person", person);
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("channels", IntakeChannel.values());
		model.addAttribute("scopeAgencies", agencies.tree().stream().filter(a -> scope.includes(a.getId())).toList());
		model.addAttribute("today", LocalDate.now(clock).toString());
		var link = org.springframework.web.util.UriComponentsBuilder.fromPath("/console/requests");
		Map<String, String> kept = new LinkedHashMap<>();
		kept.put("view", view);
		kept.put("agency", agency);
		kept.put("q", q);
		kept.put("status", status);
		kept.put("channel", channel);
		kept.put("from", from);
		kept.put("to", to);
		kept.put("person", person);
		kept.forEach((k, v) -> {
			if (v != null && !v.isBlank()) {
				link.queryParam(k, v);
			}
		});
		model.addAttribute("previousHref", found.hasPrevious()
				? link.cloneBuilder().queryParam("page", pageNo - 1).encode().build().toUriString() : null);
		model.addAttribute("nextHref", found.hasNext()
				? link.cloneBuilder().queryParam("page", pageNo + 1).encode().build().toUriString() : null);
		return "requests/queue";
	}

	private static Long number(String text) {
		try {
			return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static LocalDate day(String text) {
		try {
			return text == null || text.isBlank() ? null : sunshine.shared.DateInput.parse(text);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	@GetMapping("/console/requests/new")
	String registration(@AuthenticationPrincipal StaffUser user, Model model) {
		requireBusinessRole(user);
		return showRegistration(model, RequestApplication.blank(), "IN_PERSON",
				LocalDate.now(clock).toString(), "");
	}

	@PostMapping("/console/requests/new")
	String register(@AuthenticationPrincipal StaffUser user, @ModelAttribute RequestApplication form,
			@RequestParam(defaultValue = "IN_PERSON") String channel, @RequestParam(required = false) String arrivedOn,
			@RequestParam(required = false) String confirmedOn, Model model, Locale locale, RedirectAttributes redirect) {
		if (!user.has(Role.REGISTRAR)) {
			throw new AccessDeniedException("registration is the registrar's step");
		}
		Map<String, String> errors = new LinkedHashMap<>();
		IntakeChannel intake = Arrays.stream(IntakeChannel.staffChannels()).filter(c -> c.name().equals(channel))
				.findFirst().orElse(null);
		if (intake == null) {
			errors.put("channel", text("requests.error.channel", locale));
		}
		LocalDate arrived = date(arrivedOn, "arrivedOn", errors, locale);
		LocalDate confirmed = confirmedOn == null || confirmedOn.isBlank() ? null
				: date(confirmedOn, "confirmedOn", errors, locale);
		if (errors.isEmpty()) {
			try {
				var submission = management.registerOnBehalf(user, intake, arrived, confirmed, form);
				redirect.addFlashAttribute("submission", submission);
				return "redirect:/console/requests/code/" + submission.trackingCode();
			}
			catch (InvalidApplication e) {
				e.problems().forEach(p -> errors.putIfAbsent(p.field(),
						messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)));
			}
		}
		model.addAttribute("errors", errors);
		return showRegistration(model, form, channel, arrivedOn, confirmedOn);
	}

	@GetMapping("/console/requests/code/{trackingCode}")
	String byCode(@AuthenticationPrincipal StaffUser user, @PathVariable String trackingCode, Model model) {
		requireBusinessRole(user);
		var rows = queries.queue(agencies.scopeOf(user), new DisclosureRequestQueries.Filter("all", null, trackingCode), 1);
		if (rows.isEmpty()) {
			throw new AccessDeniedException("not found");
		}
		return "redirect:/console/requests/" + rows.get(0).id();
	}

	private String showRegistration(Model model, RequestApplication form, String channel,
			String arrivedOn, String confirmedOn) {
		model.addAttribute("form", form);
		model.addAttribute("channel", channel);
		model.addAttribute("arrivedOn", arrivedOn);
		model.addAttribute("confirmedOn", confirmedOn);
		model.addAttribute("channels", IntakeChannel.staffChannels());
		model.addAttribute("types", ApplicantType.values());
		model.addAttribute("deliveries", Delivery.values());
		return "requests/register";
	}

	@GetMapping("/console/requests/{id}")
	String detail(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model, Locale locale) {
		requireBusinessRole(user);
		DisclosureRequest request = management.find(user, id).orElseThrow(() -> new AccessDeniedException("not in scope"));
		model.addAttribute("request", request);
		model.addAttribute("view", tracking.of(request, locale));
		boolean mayReveal = user.mayRevealPersonalDataOf(request.getAgencyId());
		model.addAttribute("mayReveal", mayReveal);
		model.addAttribute("person", request.getApplicant()
				.personalDetails(mayReveal && Boolean.TRUE.equals(model.getAttribute(PersonalDetails.REVEALED_FLASH))));
		boolean own = request.getAgencyId() == user.agencyId();
		model.addAttribute("actions", management.actionsFor(request, user));
		model.addAttribute("mayDisclose", management.mayDisclose(request, user));
		model.addAttribute("outcomes", Arrays.stream(Outcome.values()).filter(Outcome::isAnswerable).toList());
		model.addAttribute("remedies", management.remediesOf(id));
		model.addAttribute("remedyKinds", RemedyKind.values());
		model.addAttribute("remedyResults", Arrays.stream(RemedyResult.values()).filter(r -> r != RemedyResult.PENDING).toList());
		model.addAttribute("today", LocalDate.now(clock).toString());
		model.addAttribute("own", own);
		model.addAttribute("overdue", request.getStatus().isOpen() && request.getDueOn() != null
				&& request.getDueOn().isBefore(LocalDate.now(clock)));
		if (request.allowedActions().contains(Action.NOTIFY_FEE)) {
			int nth = management.nthInMonth(request);
			model.addAttribute("feeNth", nth);
			model.addAttribute("feePerRequest", ProcessingFee.perRequest(nth));
		}
		if (request.getStatus() == RequestStatus.RECEIVED && request.getCorrectionRequestedOn() == null) {
			model.addAttribute("correctionNoticeBy",
					calendar.deadline(AnswerClock.correctionNoticePlan(request.getReceivedOn())).due());
		}
		request.getClockStops().stream().filter(stop -> stop.isOngoing() && stop.getKind().isConsultation()).findFirst()
				.ifPresent(stop -> model.addAttribute("consultationAnswerBy",
						calendar.deadline(AnswerClock.consultationPlan(stop.getFirstDay())).due()));
		model.addAttribute("notifications",
				notifications.of(DisclosureRequestManagement.NOTIFY_SUBJECT_PREFIX + request.getTrackingCode()));
		return "requests/detail";
	}

	/**
	 * 查看完整个人信息: shows the applicant's personal data in full on the next page view, once, after
	 * recording the reveal in the audit log; refused (403) to anyone who may not see it.
	 */
	@PostMapping("/console/requests/{id}/personal-data")
	String revealPersonalData(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		requireBusinessRole(user);
		if (!management.revealPersonalData(user, id, reason)) {
			throw new AccessDeniedException("personal data not for this user");
		}
		redirect.addFlashAttribute(PersonalDetails.REVEALED_FLASH, true);
		return "redirect:/console/requests/" + id + "#applicant";
	}

	@PostMapping("/console/requests/{id}/actions/{action}")
	String act(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @PathVariable Action action,
			jakarta.servlet.http.HttpServletRequest http, Locale locale, RedirectAttributes redirect) {
		try {
			management.requireRoleFor(user, action);
		}
		catch (NotPermitted e) {
			throw new AccessDeniedException(e.messageKey());
		}
		var bound = forms.fromFields(RequestWorkflow.TABLE.formOf(action), http::getParameter, locale);
		Map<String, String> errors = new LinkedHashMap<>(bound.errors());
		if (action == Action.ROUTE_TO_PETITION && !"true".equals(http.getParameter("confirmed"))) {
			// irreversible: the page asks the registrar to confirm, and so does the server
			errors.put("confirmed", text("requests.routed.notConfirmed", locale));
		}
		if (errors.isEmpty()) {
			try {
				management.act(user, id, action, bound.form());
			}
			catch (NotPermitted e) {
				throw new AccessDeniedException(e.messageKey());
			}
			catch (IllegalTransition e) {
				errors.put("action", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
			}
		}
		if (errors.isEmpty()) {
			redirect.addFlashAttribute("done", text("requests.action." + action.name(), locale));
		}
		else {
			redirect.addFlashAttribute("errors", errors);
			redirect.addFlashAttribute("typed", bound.typed());
		}
		return "redirect:/console/requests/" + id;
	}

	/** 公开一次: publishes the granted information to the catalogue (the page asks for confirmation first). */
	@PostMapping("/console/requests/{id}/disclose")
	String disclose(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@RequestParam(required = false) String confirmed, Locale locale, RedirectAttributes redirect) {
		requireBusinessRole(user);
		try {
			long item = management.disclose(user, id, "true".equals(confirmed));
			redirect.addFlashAttribute("done", messages.getMessage("requests.disclose.done",
					new Object[] { "/disclosure/items/" + item }, locale));
		}
		catch (NotPermitted e) {
			throw new AccessDeniedException(e.messageKey());
		}
		catch (IllegalTransition e) {
			redirect.addFlashAttribute("errors", Map.of("action", messages.getMessage(e.messageKey(), e.arguments(),
					e.messageKey(), locale)));
		}
		return "redirect:/console/requests/" + id;
	}

	@GetMapping("/console/requests/{id}/letters/{kind}.{format}")
	ResponseEntity<byte[]> letter(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@PathVariable NoticeKind kind, @PathVariable String format) {
		requireBusinessRole(user);
		DisclosureRequest request = management.find(user, id).filter(kind::appliesTo)
				.orElseThrow(() -> new AccessDeniedException("not in scope"));
		// A letter is addressed to the applicant by name: case staff of the agency only, and audited.
		if (!management.revealInLetter(user, id, kind, format.equals("docx") ? "docx" : "pdf")) {
			throw new AccessDeniedException("letters carry personal data");
		}
		return sunshine.shared.web.Downloads.letter(kind.fileName(request.getTrackingCode()), format,
				format.equals("docx") ? notices.docx(request, kind) : notices.pdf(request, kind));
	}

	@PostMapping("/console/requests/{id}/remedies")
	String fileRemedy(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @RequestParam RemedyKind kind,
			@RequestParam(required = false) String filedOn, @RequestParam(required = false) String note, Locale locale,
			RedirectAttributes redirect) {
		requireBusinessRole(user);
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate filed = date(filedOn, "filedOn", errors, locale);
		if (errors.isEmpty()) {
			management.fileRemedy(user, id, kind, filed, note);
			redirect.addFlashAttribute("done", text("requests.remedy.filed", locale));
		}
		else {
			redirect.addFlashAttribute("errors", errors);
		}
		return "redirect:/console/requests/" + id;
	}

	/** 举报投诉 about the agency's disclosure work, not tied to one request. */
	@PostMapping("/console/requests/complaints")
	String fileComplaint(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String filedOn,
			@RequestParam(required = false) String note, Locale locale, RedirectAttributes redirect) {
		requireBusinessRole(user);
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate filed = date(filedOn, "filedOn", errors, locale);
		if (errors.isEmpty()) {
			management.fileRemedy(user, null, RemedyKind.COMPLAINT, filed, note);
			redirect.addFlashAttribute("done", text("requests.remedy.filed", locale));
		}
		else {
			redirect.addFlashAttribute("errors", errors);
		}
		return "redirect:/console/requests";
	}

	@PostMapping("/console/requests/{id}/remedies/{remedyId}")
	String decideRemedy(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @PathVariable long remedyId,
			@RequestParam RemedyResult result, @RequestParam(required = false) String decidedOn, Locale locale,
			RedirectAttributes redirect) {
		requireBusinessRole(user);
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate decided = date(decidedOn, "decidedOn", errors, locale);
		try {
			if (errors.isEmpty()) {
				management.decideRemedy(user, remedyId, result, decided);
				redirect.addFlashAttribute("done", text("requests.remedy.decided", locale));
			}
		}
		catch (IllegalTransition e) {
			errors.put("result", text(e.messageKey(), locale));
		}
		if (!errors.isEmpty()) {
			redirect.addFlashAttribute("errors", errors);
		}
		return "redirect:/console/requests/" + id;
	}

	static void requireBusinessRole(StaffUser user) {
		if (user.roles().stream().allMatch(Role::isSeparatedAdministrator)) {
			throw new AccessDeniedException("administrators do not handle requests");
		}
	}

	private LocalDate date(String raw, String field, Map<String, String> errors, Locale locale) {
		if (raw == null || raw.isBlank()) {
			errors.put(field, messages.getMessage("requests.error.dateMissing",
					new Object[] { text("requests.field." + field, locale) }, locale));
			return null;
		}
		try {
			return sunshine.shared.DateInput.parse(raw);
		}
		catch (DateTimeParseException e) {
			errors.put(field, messages.getMessage("requests.error.dateFormat",
					new Object[] { text("requests.field." + field, locale), raw }, locale));
			return null;
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
