package sunshine.petitions.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
import sunshine.agency.Role;
import sunshine.agency.StaffUser;
import sunshine.petitions.Channel;
import sunshine.petitions.Petition;
import sunshine.petitions.Petition.Action;
import sunshine.petitions.PetitionCategories;
import sunshine.petitions.PetitionWorkflow;
import sunshine.shared.web.ActionForms;
import sunshine.shared.workflow.IllegalTransition;
import sunshine.shared.workflow.NotPermitted;
import sunshine.petitions.PetitionManagement;
import sunshine.petitions.PetitionManagement.SubmissionRejected;
import sunshine.petitions.PetitionQueries;
import sunshine.petitions.PetitionStatus;
import sunshine.petitions.PetitionSupervision;
import sunshine.petitions.PetitionTimeLimits;
import sunshine.petitions.Submission;
import sunshine.shared.PersonalDetails;

/**
 * The staff console of petitions: the work queue of each role, a petition's file with the actions its
 * state and the user's roles allow, registration of letters, visits and calls, and supervision (网上督).
 * Post/redirect/get; every page works without JavaScript.
 */
@Controller
class PetitionConsoleController {

	/** Which states each role works on. */
	private final PetitionManagement petitions;
	private final PetitionQueries queries;
	private final PetitionSupervision supervision;
	private final PetitionCategories categories;
	private final PetitionTimeLimits limits;
	private final AgencyLookup agencies;
	private final MessageSource messages;
	private final java.time.Clock clock;
	private final ActionForms forms;

	private final sunshine.notify.Notifications notifications;

	private final sunshine.petitions.RepeatFinder repeats;

	PetitionConsoleController(PetitionManagement petitions, PetitionQueries queries, PetitionSupervision supervision,
			PetitionCategories categories, PetitionTimeLimits limits, AgencyLookup agencies, MessageSource messages,
			java.time.Clock clock, ActionForms forms, sunshine.notify.Notifications notifications,
			sunshine.petitions.RepeatFinder repeats) {
		this.repeats = repeats;
		this.notifications = notifications;
		this.forms = forms;
		this.petitions = petitions;
		this.queries = queries;
		this.supervision = supervision;
		this.categories = categories;
		this.limits = limits;
		this.agencies = agencies;
		this.messages = messages;
		this.clock = clock;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The roles that work petitions step by step, in the order of the steps. */
	static final List<Role> WORKING_ROLES = List.of(Role.REGISTRAR, Role.HANDLER, Role.REVIEWER, Role.SIGNING_LEADER);

	/** A tab of the queue: its name, its address, how many cases it holds and how many of them are overdue. */
	record Tab(String name, String href, long count, long overdue, boolean current) {
	}

	/** What the queue page is asked for: the role's list, the view, the filters, the search and the page. */
	record QueueQuery(String role, String view, String status, String channel, String category, String agency,
			String from, String to, String due, String q, String person, String page) {

		/** The query as it is asked again for another page (blank parts left out). */
		String href(int page) {
			var uri = org.springframework.web.util.UriComponentsBuilder.fromPath("/console/petitions");
			String[][] parts = { { "role", role }, { "view", view }, { "status", status }, { "channel", channel },
					{ "category", category }, { "agency", agency }, { "from", from }, { "to", to }, { "due", due },
					{ "q", q }, { "person", person } };
			for (String[] part : parts) {
				if (part[1] != null && !part[1].isBlank()) {
					uri.queryParam(part[0], part[1]);
				}
			}
			return uri.queryParam("page", page).encode().build().toUriString();
		}
	}

	/**
	 * The work queue (办理队列): one role's work at a time, paged, with its total, filters and search.
	 * {@code view=work} (the default) is what the role moves on while the citizen still waits for an
	 * answer; {@code closing} what is left to analyse and archive after the answer (the registrar's),
	 * {@code all} every petition of the user's scope. The states come from the transition table.
	 */
	@GetMapping("/console/petitions")
	String queue(@AuthenticationPrincipal StaffUser user,
			@org.springframework.web.bind.annotation.ModelAttribute("query") QueueQuery params, Model model, Locale locale) {
		List<Role> roles = WORKING_ROLES.stream().filter(user::has).toList();
		Role role = roles.stream().filter(r -> r.name().equals(params.role())).findFirst()
				.orElse(roles.isEmpty() ? null : roles.get(0));
		String view = params.view() == null ? "" : params.view();
		view = switch (view) {
			case "closing", "all" -> view;
			default -> role == null ? "all" : "work";
		};
		LocalDate today = today();
		Set<PetitionStatus> work = role == null ? Set.of() : workOf(role);
		Set<PetitionStatus> closing = role == null ? Set.of() : closingOf(role);
		var own = Set.of(user.agencyId());
		var scope = agencies.scopeOf(user).agencyIds();
		Set<PetitionStatus> statuses = switch (view) {
			case "closing" -> closing;
			case "all" -> Set.of();
			default -> work;
		};
		PetitionStatus status = parseEnum(PetitionStatus.class, params.status());
		if (status != null) {
			statuses = Set.of(status);
		}
		var criteria = new PetitionQueries.Criteria(statuses, parseEnum(Channel.class, params.channel()),
				blank(params.category()) ? null
						: categories.find(params.category().strip()).map(PetitionCategories.Category::code).orElse("-"),
				parseLong(params.agency()), parseDay(params.from()), parseDay(params.to()),
				parseEnum(PetitionQueries.Due.class, params.due()), params.q(), params.person());
		int page = parseInt(params.page(), 0);
		var found = queries.search(view.equals("all") ? scope : own, criteria, today, limits.dueSoonDays(), page,
				PAGE_SIZE);
		var tabs = new ArrayList<Tab>();
		for (Role r : roles) {
			long[] counts = queries.countAndOverdue(own, workOf(r), today);
			tabs.add(new Tab(messages.getMessage("role." + r, null, locale),
					"/console/petitions?role=" + r, counts[0], counts[1], r == role && view.equals("work")));
			if (!closingOf(r).isEmpty()) {
				long[] rest = queries.countAndOverdue(own, closingOf(r), today);
				tabs.add(new Tab(messages.getMessage("petitions.queue.closing", null, locale),
						"/console/petitions?role=" + r + "&view=closing", rest[0], 0, r == role && view.equals("closing")));
			}
		}
		tabs.add(new Tab(messages.getMessage("petitions.queue.all", null, locale), "/console/petitions?view=all", -1, 0,
				view.equals("all")));
		model.addAttribute("tabs", tabs);
		model.addAttribute("found", found);
		model.addAttribute("role", role);
		model.addAttribute("view", view);
		model.addAttribute("statuses", view.equals("all") ? List.of(PetitionStatus.values())
				: List.copyOf(new java.util.TreeSet<>(view.equals("closing") ? closing : work)));
		model.addAttribute("channels", List.of(Channel.values()));
		model.addAttribute("categories", categories.all());
		model.addAttribute("scopeAgencies", agencies.tree().stream().filter(a -> scope.contains(a.getId())).toList());
		model.addAttribute("previousHref", found.hasPrevious() ? params.href(page - 1) : null);
		model.addAttribute("nextHref", found.hasNext() ? params.href(page + 1) : null);
		model.addAttribute("today", today);
		model.addAttribute("soonDays", limits.dueSoonDays());
		model.addAttribute("canRegister", user.has(Role.REGISTRAR));
		model.addAttribute("canSupervise", user.has(Role.SUPERVISOR));
		return "petitions/console";
	}

	/** Lines per page of a queue. */
	static final int PAGE_SIZE = 50;

	/** What the role moves on while the citizen still waits for the answer. */
	static Set<PetitionStatus> workOf(Role role) {
		var states = java.util.EnumSet.noneOf(PetitionStatus.class);
		PetitionWorkflow.TABLE.queueOf(role).stream().filter(PetitionStatus::isOpen).forEach(states::add);
		return states;
	}

	/** What is left to the role once the citizen has the answer or a refusal: analysis and archiving. */
	static Set<PetitionStatus> closingOf(Role role) {
		var states = java.util.EnumSet.noneOf(PetitionStatus.class);
		PetitionWorkflow.TABLE.queueOf(role).stream().filter(s -> !s.isOpen()).forEach(states::add);
		return states;
	}

	private static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return java.util.Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(text.strip())).findFirst()
				.orElse(null);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static Long parseLong(String text) {
		try {
			return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static int parseInt(String text, int otherwise) {
		try {
			return text == null || text.isBlank() ? otherwise : Math.max(0, Math.min(100_000, Integer.parseInt(text.strip())));
		}
		catch (NumberFormatException e) {
			return otherwise;
		}
	}

	private static LocalDate parseDay(String text) {
		try {
			return text == null || text.isBlank() ? null : sunshine.shared.DateInput.parse(text.strip());
		}
		catch (DateTimeParseException | IllegalArgumentException e) {
			return null;
		}
	}

	@GetMapping("/console/petitions/{id:\\d+}")
	String show(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model, Locale locale) {
		Petition petition = petitions.find(id, user).orElse(null);
		if (petition == null) {
			return "redirect:/console/petitions";
		}
		Set<Action> mine = petitions.actionsFor(petition, user);
		model.addAttribute("petition", petition);
		boolean mayReveal = user.mayRevealPersonalDataOf(petition.getAgencyId());
		model.addAttribute("mayReveal", mayReveal);
		model.addAttribute("person", petition.getPetitioner()
				.personalDetails(mayReveal && Boolean.TRUE.equals(model.getAttribute(PersonalDetails.REVEALED_FLASH))));
		model.addAttribute("actions", mine);
		model.addAttribute("units", agencies.unitsOf(petition.getAgencyId()));
		model.addAttribute("orders", queries.supervisionOrdersOf(id));
		model.addAttribute("hearings", queries.hearingsOf(id));
		model.addAttribute("today", today());
		model.addAttribute("maxExtension", limits.maxExtensionDays());
		model.addAttribute("agency", agencies.byId(petition.getAgencyId()).orElseThrow());
		model.addAttribute("finalMatters", petitions.finalMattersLike(petition));
		model.addAttribute("related", petitions.related(petition, user));
		model.addAttribute("repeatWindowDays", repeats.windowDays());
		model.addAttribute("repeatMinPercent", Math.round(repeats.minSimilarity() * 100));
		model.addAttribute("attachments", petitions.attachments(id, user));
		model.addAttribute("mayDownloadAttachments", petitions.mayDownloadAttachments(id, user));
		model.addAttribute("deadlines", deadlines(petition, locale));
		model.addAttribute("categoryName", categories.find(petition.getCategoryCode())
				.map(PetitionCategories.Category::name).orElse(petition.getCategoryCode()));
		// 转送: to another agency of the tree, chosen from the list, never typed
		model.addAttribute("transferAgencies", petitions.transferTargets(petition));
		model.addAttribute("notifications",
				notifications.of(PetitionManagement.NOTIFY_SUBJECT_PREFIX + petition.getTrackingCode()));
		return "petitions/detail";
	}

	/** A deadline of the file as the page shows it: what, the basis, and how it was counted. */
	record DeadlineView(String label, LocalDate due, String basis, List<String> derivation) {
	}

	private List<DeadlineView> deadlines(Petition p, Locale locale) {
		var views = new ArrayList<DeadlineView>();
		var acceptance = limits.acceptance(p.getReceivedOn());
		views.add(view("petitions.field.acceptanceDue", acceptance, locale));
		if (p.getAcceptedOn() != null) {
			var completion = p.getExtensionDays() > 0
					? limits.extendedCompletion(p.getAcceptedOn(), p.getReceivedOn(), p.getExtensionDays())
					: limits.completion(p.getAcceptedOn(), p.getReceivedOn(), p.getReviewLevel());
			views.add(view("petitions.field.completionDue", completion, locale));
		}
		if (p.getChannel() == Channel.MESSAGE_BOARD && p.getAssignedOn() != null) {
			views.add(view("petitions.field.boardDue", limits.boardReport(p.getAssignedOn()), locale));
		}
		return views;
	}

	private DeadlineView view(String label, sunshine.petitions.LegalDeadline deadline, Locale locale) {
		return new DeadlineView(messages.getMessage(label, null, locale), deadline.due(),
				messages.getMessage(deadline.basisKey(), null, locale), deadline.deadline().describe(messages, locale));
	}

	/**
	 * 查看完整个人信息: shows the petitioner's personal data in full on the next page view, once, after
	 * recording the reveal in the audit log; refused (403) to anyone who may not see it.
	 */
	@PostMapping("/console/petitions/{id:\\d+}/personal-data")
	String revealPersonalData(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		if (!petitions.revealPersonalData(id, user, reason)) {
			throw new org.springframework.security.access.AccessDeniedException("personal data not for this user");
		}
		redirect.addFlashAttribute(PersonalDetails.REVEALED_FLASH, true);
		return "redirect:/console/petitions/" + id + "#petitioner";
	}

	@PostMapping("/console/petitions/{id:\\d+}/{action:[a-zA-Z]+}")
	String act(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @PathVariable("action") String verb,
			jakarta.servlet.http.HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
		var bound = switch (verb) {
			case "supervise" -> forms.fromFields(PetitionSupervision.OrderForm.class, request::getParameter, locale);
			case "hearing" -> forms.fromFields(PetitionSupervision.HearingForm.class, request::getParameter, locale);
			case "answerOrder" -> forms.fromFields(PetitionSupervision.AnswerForm.class, request::getParameter, locale);
			default -> Action.of(verb).map(a -> forms.fromFields(PetitionWorkflow.TABLE.formOf(a), request::getParameter, locale))
					.orElse(null);
		};
		if (bound == null) {
			redirect.addFlashAttribute("failure", messages.getMessage("petitions.error.action.unknown", null, locale));
			return "redirect:/console/petitions/" + id;
		}
		Action known = Action.of(verb).filter(a -> a != Action.SUPERVISE && a != Action.HEARING).orElse(null);
		try {
			if (known != null) {
				petitions.requireRoleFor(known, user); // before anything typed is looked at
			}
		}
		catch (NotPermitted e) {
			redirect.addFlashAttribute("failure", messages.getMessage(e.messageKey(), null, locale));
			return "redirect:/console/petitions/" + id;
		}
		if (known == Action.MERGE && !"true".equals(request.getParameter("confirmed"))) {
			// irreversible: the page asks the registrar to confirm, and so does the server
			redirect.addFlashAttribute("failure", messages.getMessage("petitions.repeats.notConfirmed", null, locale));
			return "redirect:/console/petitions/" + id + "#repeats";
		}
		if (!bound.valid()) {
			redirect.addFlashAttribute("failure", String.join("；", bound.errors().values()));
			redirect.addFlashAttribute("typed", bound.typed());
			return "redirect:/console/petitions/" + id;
		}
		try {
			Object form = bound.form();
			if (form instanceof PetitionSupervision.OrderForm order) {
				supervision.issue(id, order.instruction(), order.days(), user);
			}
			else if (form instanceof PetitionSupervision.HearingForm hearing) {
				supervision.recordHearing(id, hearing.heldOn(), hearing.participants(), hearing.result(), user);
			}
			else if (form instanceof PetitionSupervision.AnswerForm answer) {
				supervision.answer(answer.orderId(), answer.answer(), user);
			}
			else {
				petitions.act(id, Action.of(verb).orElseThrow(), (Record) form, user);
			}
			redirect.addFlashAttribute("done", messages.getMessage("petitions.console.done",
					new Object[] { messages.getMessage("petitions.action." + verb, null, verb, locale) }, locale));
		}
		catch (IllegalTransition e) { // a role or agency refusal too: said on the page, like a state refusal
			redirect.addFlashAttribute("failure", messages.getMessage(e.messageKey(), e.arguments(), locale));
			redirect.addFlashAttribute("typed", bound.typed());
		}
		return "redirect:/console/petitions/" + id;
	}

	private static LocalDate parseDate(String text) {
		try {
			return sunshine.shared.DateInput.parse(text);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("date");
		}
	}

	private static String required(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("required");
		}
		return text;
	}

	@GetMapping("/console/petitions/{id:\\d+}/attachments/{attachment:\\d+}")
	org.springframework.http.ResponseEntity<byte[]> download(@AuthenticationPrincipal StaffUser user,
			@PathVariable long id, @PathVariable long attachment) {
		return petitions.download(id, attachment, user)
				.map(a -> org.springframework.http.ResponseEntity.ok()
						.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
								org.springframework.http.ContentDisposition.attachment()
										.filename(a.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
						.header("X-Content-Type-Options", "nosniff")
						.contentType(org.springframework.http.MediaType.APPLICATION_OCTET_STREAM).body(a.content()))
				.orElseGet(() -> org.springframework.http.ResponseEntity.notFound().build());
	}

	// Registration of letters, visits and calls -----------------------------------------------------

	@GetMapping("/console/petitions/new")
	String registerForm(@AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute("form", new LinkedHashMap<String, String>(Map.of("agency", user.agencyCode(), "channel",
				Channel.LETTER.name(), "visitors", "1")));
		return prepareRegister(user, model);
	}

	@PostMapping("/console/petitions/new")
	String register(@AuthenticationPrincipal StaffUser user, @RequestParam Map<String, String> form, Model model,
			Locale locale, RedirectAttributes redirect) {
		Integer visitors = null;
		try {
			visitors = form.get("visitors") == null || form.get("visitors").isBlank() ? null
					: Integer.valueOf(form.get("visitors").strip());
		}
		catch (NumberFormatException e) {
			visitors = -1;
		}
		var submission = new Submission(user.agencyCode(), form.get("channel"), form.get("name"), form.get("idNumber"),
				form.get("phone"), form.get("address"), form.get("title"), form.get("content"), form.get("category"),
				visitors);
		try {
			var receipt = petitions.registerByStaff(submission, user);
			redirect.addFlashAttribute("receipt", receipt);
			return "redirect:/console/petitions";
		}
		catch (SubmissionRejected rejected) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (var problem : rejected.problems()) {
				errors.putIfAbsent(problem.field(),
						messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale));
			}
			model.addAttribute("errors", errors);
			model.addAttribute("form", form);
			return prepareRegister(user, model);
		}
		catch (IllegalTransition e) {
			model.addAttribute("errors", Map.of("channel", messages.getMessage(e.messageKey(), null, locale)));
			model.addAttribute("form", form);
			return prepareRegister(user, model);
		}
	}

	private String prepareRegister(StaffUser user, Model model) {
		model.addAttribute("channels", List.of(Channel.values()));
		model.addAttribute("categories", categories.all());
		return "petitions/register";
	}

	/** 分析通报: the registrar circulates an analysis of a period; its replied petitions move to that step. */
	@PostMapping("/console/petitions/circulate")
	String circulate(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String report,
			RedirectAttributes redirect, Locale locale) {
		try {
			int count = petitions.analysePeriod(parseDate(from), parseDate(to), required(report), user);
			redirect.addFlashAttribute("done", messages.getMessage("petitions.circulate.done",
					new Object[] { report.strip(), count }, locale));
		}
		catch (IllegalTransition e) {
			redirect.addFlashAttribute("failure", messages.getMessage(e.messageKey(), null, locale));
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("failure", messages.getMessage("petitions.circulate.missing", null, locale));
		}
		return "redirect:/console/petitions";
	}

	// The category tree -----------------------------------------------------------------------------

	@GetMapping("/console/petitions/categories")
	String categoriesPage(Model model) {
		model.addAttribute("categories", categories.all());
		return "petitions/categories";
	}

	@PostMapping("/console/petitions/categories")
	String addCategory(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String parentCode, @RequestParam(defaultValue = "") String name,
			RedirectAttributes redirect, Locale locale) {
		String problem = null;
		if (!user.has(Role.REGISTRAR)) {
			problem = "petitions.error.role";
		}
		else if (!code.strip().matches("[A-Z][A-Z0-9_]{1,31}")) {
			problem = "petitions.category.codeInvalid";
		}
		else if (name.isBlank() || name.strip().length() > 100) {
			problem = "petitions.category.nameMissing";
		}
		else if (categories.find(code.strip()).isPresent() || categories.find(name.strip()).isPresent()) {
			problem = "petitions.category.exists";
		}
		else if (!parentCode.isBlank() && categories.find(parentCode.strip()).isEmpty()) {
			problem = "petitions.category.parentUnknown";
		}
		if (problem != null) {
			redirect.addFlashAttribute("failure", messages.getMessage(problem, null, locale));
			redirect.addFlashAttribute("typed", Map.of("code", code, "parentCode", parentCode, "name", name));
		}
		else {
			categories.add(code.strip(), parentCode.isBlank() ? null : parentCode.strip(), name.strip(), user.username());
			redirect.addFlashAttribute("done", messages.getMessage("petitions.category.added", new Object[] { name.strip() },
					locale));
		}
		return "redirect:/console/petitions/categories";
	}

	// Supervision ---------------------------------------------------------------------------------

	@GetMapping("/console/petitions/supervision")
	String supervisionPage(@AuthenticationPrincipal StaffUser user, Model model) {
		var scope = agencies.scopeOf(user).agencyIds();
		LocalDate today = today();
		model.addAttribute("today", today);
		model.addAttribute("soonDays", limits.dueSoonDays());
		model.addAttribute("counts", queries.dueCounts(scope, today, limits.dueSoonDays()));
		model.addAttribute("overdue", queries.overdue(scope, today, 50));
		model.addAttribute("orders", queries.supervisionOrders(scope, 50));
		return "petitions/supervision";
	}
}
