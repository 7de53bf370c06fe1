package sunshine.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import sunshine.agency.AgencyLookup;
import sunshine.petitions.Channel;
import sunshine.petitions.PetitionCategories;
import sunshine.shared.workflow.IllegalTransition;
import sunshine.petitions.PetitionManagement;
import sunshine.petitions.PetitionManagement.SubmissionRejected;
import sunshine.petitions.MessageBoard;
import sunshine.petitions.Rating;
import sunshine.petitions.Submission;
import sunshine.abuse.PublicSubmissions;

/**
 * The public petition pages: submit (网上投), track and rate (网上查, 网上评), ask for 复查/复核, and the
 * message board with the exchanges the citizens agreed to publish and its statistics. Forms post back
 * with CSRF tokens kept in a cookie; no page here creates a session.
 */
@Controller
class PetitionPortalController {

	static final List<Channel> ONLINE = List.of(Channel.ONLINE_COMPLAINT, Channel.MESSAGE_BOARD, Channel.MOBILE);

	static final int BOARD_PAGE = 10;

	private final PetitionManagement petitions;
	private final PetitionCategories categories;
	private final AgencyLookup agencies;
	private final MessageSource messages;
	private final sunshine.petitions.PetitionTimeLimits limits;

	private final PublicSubmissions gate;

	private final MessageBoard board;

	private final Clock clock;

	private final sunshine.petitions.PetitionNotices notices;

	PetitionPortalController(PetitionManagement petitions, MessageBoard board, PetitionCategories categories,
			AgencyLookup agencies, MessageSource messages, sunshine.petitions.PetitionTimeLimits limits, PublicSubmissions gate,
			Clock clock, sunshine.petitions.PetitionNotices notices) {
		this.notices = notices;
		this.board = board;
		this.clock = clock;
		this.gate = gate;
		this.limits = limits;
		this.petitions = petitions;
		this.categories = categories;
		this.agencies = agencies;
		this.messages = messages;
	}

	/**
	 * The submission form's fields, as typed; {@code publish} is the citizen's 是否公开 ("yes" to let the
	 * message and the reply appear on the board, personal data masked).
	 */
	record SubmitForm(String agency, String channel, String name, String idNumber, String phone, String address,
			String title, String content, String category, String publish) {

		boolean publishes() {
			return "yes".equals(publish);
		}

		Submission submission() {
			return new Submission(agency, channel, name, idNumber, phone, address, title, content, category, null);
		}
	}

	@GetMapping("/petitions/submit")
	String submitForm(@RequestParam(required = false) String channel, Model model) {
		model.addAttribute("form", new SubmitForm("640000-xfj", channel == null ? Channel.ONLINE_COMPLAINT.name() : channel,
				"", "", "", "", "", "", "", "no"));
		return prepare(model);
	}

	@PostMapping("/petitions/submit")
	String submit(@ModelAttribute("form") SubmitForm form,
			@RequestParam(name = "files", required = false) List<org.springframework.web.multipart.MultipartFile> files,
			@RequestParam(name = "email", required = false) String email,
			@RequestParam(name = "notifyBy", required = false) List<String> notifyBy,
			@RequestParam(name = "notifyChoice", required = false) String notifyChoice,
			Model model, Locale locale, HttpServletRequest http) throws java.io.IOException {
		model.addAttribute("email", email == null ? "" : email);
		model.addAttribute("notifyBy", notifyBy == null ? List.of() : notifyBy);
		var refused = gate.refuseForm(http, form.phone(), form.agency() + "|" + form.title() + "|" + form.content(), locale);
		if (refused.isPresent()) {
			model.addAttribute("errors", Map.of("challenge", refused.get()));
			return prepare(model);
		}
		var uploads = new java.util.ArrayList<sunshine.petitions.PetitionAttachment.Upload>();
		if (files != null) {
			for (var file : files) {
				if (!file.isEmpty()) {
					uploads.add(new sunshine.petitions.PetitionAttachment.Upload(file.getOriginalFilename(),
							file.getContentType(), file.getBytes()));
				}
			}
		}
		try {
			var receipt = petitions.submitOnline(form.submission(), uploads, form.publishes(),
					NotifyChoices.fromForm(email, form.phone(), notifyChoice, notifyBy));
			gate.filedForm(form.phone(), form.agency() + "|" + form.title() + "|" + form.content());
			model.addAttribute("receipt", receipt);
			return "petitions/receipt";
		}
		catch (SubmissionRejected rejected) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (var problem : rejected.problems()) {
				errors.putIfAbsent(problem.field(),
						messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale));
			}
			model.addAttribute("errors", errors);
			return prepare(model);
		}
	}

	private String prepare(Model model) {
		if (!model.containsAttribute("notifyBy")) {
			model.addAttribute("notifyBy", List.of("EMAIL"));
			model.addAttribute("email", "");
		}
		gate.offerChallenge(model);
		model.addAttribute("agencies", agencies.tree());
		model.addAttribute("channels", ONLINE);
		model.addAttribute("categories", categories.all());
		return "petitions/submit";
	}

	@GetMapping("/petitions/track")
	String trackForm() {
		return "petitions/track";
	}

	/** 书面告知: a notice as PDF or Word, after the same look-up limit and code check as tracking; audited. */
	@PostMapping("/petitions/track/notice")
	org.springframework.http.ResponseEntity<byte[]> notice(@RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String queryCode, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "pdf") String format, Locale locale, HttpServletRequest http) {
		var refused = gate.refusePageLookup(http, code, locale);
		if (refused.isPresent()) {
			return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.TOO_MANY_REQUESTS)
					.header(org.springframework.http.HttpHeaders.RETRY_AFTER,
							String.valueOf(http.getAttribute(sunshine.abuse.PublicSubmissions.RETRY_AFTER)))
					.contentType(org.springframework.http.MediaType.parseMediaType("text/plain;charset=UTF-8"))
					.body(refused.get().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		var chosen = java.util.Arrays.stream(sunshine.petitions.PetitionNoticeKind.values())
				.filter(k -> k.name().equals(kind)).findFirst();
		if (chosen.isEmpty()) {
			return org.springframework.http.ResponseEntity.notFound().build();
		}
		String wanted = "docx".equals(format) ? "docx" : "pdf";
		try {
			var download = notices.download(code, queryCode, chosen.get(), wanted);
			return sunshine.shared.web.Downloads.letter(download.fileName(), wanted, download.content());
		}
		catch (sunshine.shared.workflow.NotFound e) {
			return org.springframework.http.ResponseEntity.notFound().build();
		}
	}

	@PostMapping("/petitions/track")
	String lookUp(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String queryCode,
			Model model, Locale locale, HttpServletRequest http) {
		var refused = gate.refusePageLookup(http, code, locale);
		if (refused.isPresent()) {
			return refusedLookup(code, queryCode, refused.get(), model);
		}
		return track(code, queryCode, model);
	}

	private String track(String code, String queryCode, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("queryCode", queryCode);
		var found = petitions.track(code, queryCode);
		if (found.isEmpty()) {
			model.addAttribute("notFound", true);
			return "petitions/track";
		}
		model.addAttribute("petition", found.get());
		model.addAttribute("attachments", petitions.attachmentNames(found.get().getId()));
		model.addAttribute("notices", notices.available(found.get()));
		var p = found.get();
		if (p.getReply() != null && p.getAnsweredOn() != null) {
			model.addAttribute("ratingDue", limits.ratingWindow(p.getAnsweredOn()).due());
			p.getReviewLevel().next().ifPresent(next -> model.addAttribute("reviewDue",
					limits.reviewRequestWindow(p.getAnsweredOn(), p.getReceivedOn(), p.getReviewLevel()).due()));
			model.addAttribute("finalLevel", p.getReviewLevel().next().isEmpty());
		}
		model.addAttribute("ratings", Rating.values());
		return "petitions/track";
	}

	/**
	 * 网上评. Like every route that takes a query code it passes the shared look-up limit first; a
	 * form without a valid rating is answered with the message and the codes as typed — no case is
	 * looked up, so an empty form reveals nothing.
	 */
	@PostMapping("/petitions/rate")
	String rate(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String queryCode,
			@RequestParam(defaultValue = "") String rating, Model model, Locale locale, HttpServletRequest http) {
		var refused = gate.refusePageLookup(http, code, locale);
		if (refused.isPresent()) {
			return refusedLookup(code, queryCode, refused.get(), model);
		}
		var given = Rating.parse(rating);
		if (given.isEmpty()) {
			return unanswered(code, queryCode, messages.getMessage("petitions.rate.missing", null, locale), model);
		}
		try {
			petitions.rate(code, queryCode, given.get());
			model.addAttribute("actionDone", messages.getMessage("petitions.rate.done", null, locale));
		}
		catch (IllegalTransition e) {
			model.addAttribute("actionError", messages.getMessage(e.messageKey(), null, locale));
		}
		return track(code, queryCode, model);
	}

	/** 复查/复核: the shared look-up limit first; without a reason nothing is looked up. */
	@PostMapping("/petitions/review")
	String review(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String queryCode,
			@RequestParam(defaultValue = "") String reason, Model model, Locale locale, HttpServletRequest http) {
		var refused = gate.refusePageLookup(http, code, locale);
		if (refused.isPresent()) {
			return refusedLookup(code, queryCode, refused.get(), model);
		}
		if (reason.isBlank()) {
			return unanswered(code, queryCode, messages.getMessage("petitions.error.reason.missing", null, locale), model);
		}
		try {
			String next = petitions.requestReview(code, queryCode, reason);
			model.addAttribute("actionDone", messages.getMessage("petitions.review.done", new Object[] { next }, locale));
		}
		catch (IllegalTransition e) {
			model.addAttribute("actionError", messages.getMessage(e.messageKey(), null, locale));
		}
		return track(code, queryCode, model);
	}

	private static String refusedLookup(String code, String queryCode, String message, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("queryCode", queryCode);
		model.addAttribute("lookupRefused", message);
		return "petitions/track";
	}

	private static String unanswered(String code, String queryCode, String message, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("queryCode", queryCode);
		model.addAttribute("actionError", message);
		return "petitions/track";
	}

	/**
	 * 留言板: the exchanges the citizens agreed to publish, replied, message and reply masked; filtered
	 * by agency, category and status, searched, a page at a time; the agencies' figures of this year.
	 */
	@GetMapping("/petitions/board")
	String board(@RequestParam(defaultValue = "0") String page, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String category, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, Model model) {
		var filter = MessageBoard.Filter.of(agency, category, status, q);
		model.addAttribute("filter", filter);
		model.addAttribute("board", board.page(filter, pageNumber(page), BOARD_PAGE));
		model.addAttribute("agencies", agencies.tree());
		model.addAttribute("categories", categories.all());
		model.addAttribute("statuses", MessageBoard.Status.values());
		LocalDate today = LocalDate.now(clock);
		var figures = board.figures(LocalDate.of(today.getYear(), 1, 1), today);
		model.addAttribute("year", today.getYear());
		model.addAttribute("figures", figures);
		model.addAttribute("total", board.total(figures));
		return "petitions/board";
	}

	/** 统计: the online petitions of a year per agency, category and month, as charts with their tables. */
	@GetMapping("/petitions/statistics")
	String statistics(@RequestParam(required = false) String year, Model model, Locale locale) {
		LocalDate today = LocalDate.now(clock);
		int shown = today.getYear();
		if (year != null && year.strip().matches("\\d{4}")) {
			shown = Math.max(2000, Math.min(today.getYear(), Integer.parseInt(year.strip())));
		}
		LocalDate from = LocalDate.of(shown, 1, 1);
		LocalDate to = shown == today.getYear() ? today : LocalDate.of(shown, 12, 31);
		var figures = board.figures(from, to);
		model.addAttribute("year", shown);
		model.addAttribute("years", java.util.stream.IntStream.rangeClosed(Math.max(2000, today.getYear() - 9), today.getYear())
				.boxed().sorted(java.util.Comparator.reverseOrder()).toList());
		model.addAttribute("figures", figures);
		model.addAttribute("total", board.total(figures));
		model.addAttribute("agencyChart", BarChart.of(figures.stream()
				.map(f -> new BarChart.Bar(f.agencyName(), f.received(), f.replied())).toList()));
		model.addAttribute("categoryChart", BarChart.of(board.byCategory(from, to).stream()
				.map(c -> new BarChart.Bar(c.label(), c.received(), c.replied())).toList()));
		model.addAttribute("monthChart", BarChart.of(board.byMonth(shown).stream()
				.map(c -> new BarChart.Bar(messages.getMessage("petitions.statistics.monthLabel", new Object[] { c.label() },
						locale), c.received(), c.replied())).toList()));
		return "petitions/statistics";
	}

	private static int pageNumber(String page) {
		if (page == null || !page.strip().matches("\\d{1,6}")) {
			return 0;
		}
		return Integer.parseInt(page.strip());
	}

	@GetMapping("/petitions")
	String home() {
		return "petitions/home";
	}
}
