package sunshine.portal.web;

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
import sunshine.petitions.PetitionQueries;
import sunshine.petitions.Rating;
import sunshine.petitions.Submission;
import sunshine.abuse.PublicSubmissions;

/**
 * The public petition pages: submit (网上投), track and rate (网上查, 网上评), ask for 复查/复核, and the
 * message board with its published replies. Forms post back with CSRF tokens (the only pages here that
 * create a session); the board is read without a session.
 */
@Controller
class PetitionPortalController {

	static final List<Channel> ONLINE = List.of(Channel.ONLINE_COMPLAINT, Channel.MESSAGE_BOARD, Channel.MOBILE);

	private final PetitionManagement petitions;
	private final PetitionQueries queries;
	private final PetitionCategories categories;
	private final AgencyLookup agencies;
	private final MessageSource messages;
	private final sunshine.petitions.PetitionTimeLimits limits;

	private final PublicSubmissions gate;

	PetitionPortalController(PetitionManagement petitions, PetitionQueries queries, PetitionCategories categories,
			AgencyLookup agencies, MessageSource messages, sunshine.petitions.PetitionTimeLimits limits, PublicSubmissions gate) {
		this.gate = gate;
		this.limits = limits;
		this.petitions = petitions;
		this.queries = queries;
		this.categories = categories;
		this.agencies = agencies;
		this.messages = messages;
	}

	/** The submission form's fields, as typed. */
	record SubmitForm(String agency, String channel, String name, String idNumber, String phone, String address,
			String title, String content, String category) {

		Submission submission() {
			return new Submission(agency, channel, name, idNumber, phone, address, title, content, category, null);
		}
	}

	@GetMapping("/petitions/submit")
	String submitForm(@RequestParam(required = false) String channel, Model model) {
		model.addAttribute("form", new SubmitForm("640000-xfj", channel == null ? Channel.ONLINE_COMPLAINT.name() : channel,
				"", "", "", "", "", "", ""));
		return prepare(model);
	}

	@PostMapping("/petitions/submit")
	String submit(@ModelAttribute("form") SubmitForm form,
			@RequestParam(name = "files", required = false) List<org.springframework.web.multipart.MultipartFile> files,
			Model model, Locale locale, HttpServletRequest http) throws java.io.IOException {
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
			var receipt = petitions.submitOnline(form.submission(), uploads);
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

	@PostMapping("/petitions/track")
	String lookUp(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String queryCode,
			Model model, Locale locale, HttpServletRequest http) {
		var refused = gate.refusePageLookup(http, locale);
		if (refused.isPresent()) {
			model.addAttribute("lookupRefused", refused.get());
			return "petitions/track";
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

	@PostMapping("/petitions/rate")
	String rate(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String queryCode,
			@RequestParam(defaultValue = "") String rating, Model model, Locale locale) {
		var given = Rating.parse(rating);
		if (given.isEmpty()) {
			model.addAttribute("actionError", messages.getMessage("petitions.rate.missing", null, locale));
		}
		else {
			try {
				petitions.rate(code, queryCode, given.get());
				model.addAttribute("actionDone", messages.getMessage("petitions.rate.done", null, locale));
			}
			catch (IllegalTransition e) {
				model.addAttribute("actionError", messages.getMessage(e.messageKey(), null, locale));
			}
		}
		return track(code, queryCode, model);
	}

	@PostMapping("/petitions/review")
	String review(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String queryCode,
			@RequestParam(defaultValue = "") String reason, Model model, Locale locale) {
		if (reason.isBlank()) {
			model.addAttribute("actionError", messages.getMessage("petitions.error.reason.missing", null, locale));
		}
		else {
			try {
				String next = petitions.requestReview(code, queryCode, reason);
				model.addAttribute("actionDone", messages.getMessage("petitions.review.done", new Object[] { next }, locale));
			}
			catch (IllegalTransition e) {
				model.addAttribute("actionError", messages.getMessage(e.messageKey(), null, locale));
			}
		}
		return track(code, queryCode, model);
	}

	@GetMapping("/petitions/board")
	String board(@RequestParam(defaultValue = "0") int page, Model model) {
		int size = 20;
		int safe = Math.max(0, Math.min(page, 10_000));
		model.addAttribute("entries", queries.board(safe, size));
		model.addAttribute("page", safe);
		model.addAttribute("hasNext", (long) (safe + 1) * size < queries.boardSize());
		return "petitions/board";
	}

	@GetMapping("/petitions")
	String home() {
		return "petitions/home";
	}
}
