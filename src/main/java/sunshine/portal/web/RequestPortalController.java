package sunshine.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import sunshine.agency.AgencyLookup;
import sunshine.requests.ApplicantType;
import sunshine.requests.Delivery;
import sunshine.requests.DisclosureRequestManagement;
import sunshine.requests.InvalidApplication;
import sunshine.requests.NoticeKind;
import sunshine.requests.RequestApplication;
import sunshine.requests.RequestNotices;
import sunshine.requests.TrackingView;
import sunshine.shared.web.Downloads;
import sunshine.abuse.PublicSubmissions;

/**
 * The portal's 依申请公开 pages: the online application form ({@code /requests/apply}, the one page
 * here that needs a session, for its CSRF token) and tracking by tracking code and query code
 * ({@code /requests/track}, a GET form: no session), with the applicant's letters as PDF or Word.
 */
@Controller
class PublicRequestController {

	private final DisclosureRequestManagement management;
	private final RequestNotices notices;
	private final TrackingView tracking;
	private final AgencyLookup agencies;
	private final MessageSource messages;

	private final PublicSubmissions gate;

	PublicRequestController(DisclosureRequestManagement management, RequestNotices notices, TrackingView tracking,
			AgencyLookup agencies, MessageSource messages, PublicSubmissions gate) {
		this.gate = gate;
		this.management = management;
		this.notices = notices;
		this.tracking = tracking;
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping("/requests")
	String landing() {
		return "requests/landing";
	}

	/**
	 * The application form; {@code agency} and {@code description} pre-fill it, as in the link a petition
	 * that only asked for government information was answered with (告知依申请公开).
	 */
	@GetMapping("/requests/apply")
	String form(@RequestParam(required = false) String agency, @RequestParam(required = false) String description,
			Model model) {
		RequestApplication blank = RequestApplication.blank();
		if (agency == null && description == null) {
			return show(model, blank);
		}
		String asked = description == null ? "" : description.strip();
		return show(model, new RequestApplication(
				agency != null && agencies.byCode(agency.strip()).isPresent() ? agency.strip() : blank.agency(),
				blank.applicantType(), "", blank.idType(), "", "", "", "", "", "", asked.length() > 4000
						? asked.substring(0, 4000) : asked, "", blank.delivery()));
	}

	@PostMapping("/requests/apply")
	String apply(@ModelAttribute RequestApplication form,
			@RequestParam(name = "notifyBy", required = false) List<String> notifyBy,
			@RequestParam(name = "notifyChoice", required = false) String notifyChoice, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletRequest http) {
		model.addAttribute("notifyBy", notifyBy == null ? List.of() : notifyBy);
		var refused = gate.refuseForm(http, form.phone(), form.agency() + "|" + form.description(), locale);
		if (refused.isPresent()) {
			model.addAttribute("errors", Map.of("challenge", refused.get()));
			return show(model, form);
		}
		try {
			var submission = management.submitOnline(form,
					NotifyChoices.fromForm(form.email(), form.phone(), notifyChoice, notifyBy));
			gate.filedForm(form.phone(), form.agency() + "|" + form.description());
			redirect.addFlashAttribute("submission", submission);
			return "redirect:/requests/apply/done";
		}
		catch (InvalidApplication e) {
			Map<String, String> errors = new LinkedHashMap<>();
			e.problems().forEach(p -> errors.putIfAbsent(p.field(),
					messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)));
			model.addAttribute("errors", errors);
			return show(model, form);
		}
	}

	@GetMapping("/requests/apply/done")
	String done(Model model) {
		if (!model.containsAttribute("submission")) {
			return "redirect:/requests/track";
		}
		return "requests/applied";
	}

	private String show(Model model, RequestApplication form) {
		if (!model.containsAttribute("notifyBy")) {
			model.addAttribute("notifyBy", List.of("EMAIL"));
		}
		gate.offerChallenge(model);
		model.addAttribute("form", form);
		model.addAttribute("agencies", agencies.tree());
		model.addAttribute("types", ApplicantType.values());
		model.addAttribute("deliveries", Delivery.values());
		return "requests/apply";
	}

	@GetMapping("/requests/track")
	String track(@RequestParam(required = false) String code, @RequestParam(required = false) String queryCode,
			Model model, Locale locale, HttpServletRequest http) {
		model.addAttribute("code", code);
		if (code == null && queryCode == null) {
			return "requests/track";
		}
		var refused = gate.refusePageLookup(http, code, locale);
		if (refused.isPresent()) {
			model.addAttribute("lookupRefused", refused.get());
			return "requests/track";
		}
		var found = management.track(code, queryCode);
		if (found.isEmpty()) {
			model.addAttribute("notFound", true);
			return "requests/track";
		}
		model.addAttribute("request", found.get());
		model.addAttribute("view", tracking.of(found.get(), locale));
		model.addAttribute("queryCode", queryCode);
		return "requests/track";
	}

	@GetMapping("/requests/track/letter")
	ResponseEntity<byte[]> letter(@RequestParam(required = false) String code,
			@RequestParam(required = false) String queryCode, @RequestParam NoticeKind kind,
			@RequestParam(defaultValue = "pdf") String format, Locale locale, HttpServletRequest http) {
		// The same look-up limit as tracking: a letter download is a look-up by query code too.
		var refused = gate.refusePageLookup(http, code, locale);
		if (refused.isPresent()) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
					.header(HttpHeaders.RETRY_AFTER, http.getAttribute(PublicSubmissions.RETRY_AFTER).toString())
					.contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
					.body(refused.get().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		var found = management.track(code, queryCode).filter(r -> kind.forApplicant() && kind.appliesTo(r));
		if (found.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		return Downloads.letter(kind.fileName(found.get().getTrackingCode()), format,
				format.equals("docx") ? notices.docx(found.get(), kind) : notices.pdf(found.get(), kind));
	}
}
