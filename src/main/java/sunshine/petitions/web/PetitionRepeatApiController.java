package sunshine.petitions.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import sunshine.agency.StaffUser;
import sunshine.petitions.Petition;
import sunshine.petitions.PetitionManagement;
import sunshine.petitions.PetitionWorkflow;
import sunshine.petitions.RepeatFinder;
import sunshine.shared.web.ActionForms;
import sunshine.shared.web.Problems;
import sunshine.shared.workflow.IllegalTransition;
import sunshine.shared.workflow.NotFound;
import sunshine.shared.workflow.NotPermitted;
import tools.jackson.databind.JsonNode;

/**
 * 重复信访 for scripts and integrations: {@code GET /api/v1/petitions/{trackingCode}/related} lists the
 * petitions that may be the same matter, with their similarity; {@code POST /api/v1/petitions/{trackingCode}/merge}
 * with {@code {"into": "<trackingCode>"}} merges the petition as a repeat into the matter's first petition.
 * Refusals are problem details: 400 bad input, 403 role or agency, 404 no such petition in the caller's scope,
 * 409 state or law. A refusal does not repeat the tracking code the caller typed (its {@code instance} names the
 * endpoint, not the petition): nothing of a petition outside the caller's reach comes back.
 */
@RestController
class PetitionRepeatApiController {

	private static final java.net.URI RELATED = java.net.URI.create("/api/v1/petitions/related");

	private final PetitionManagement petitions;
	private final ActionForms forms;
	private final MessageSource messages;

	PetitionRepeatApiController(PetitionManagement petitions, ActionForms forms, MessageSource messages) {
		this.petitions = petitions;
		this.forms = forms;
		this.messages = messages;
	}

	/** A possible repeat: its similarity from 0 to 1, and whether it is already merged into one matter with this one. */
	record Related(String trackingCode, String channel, LocalDate registeredOn, BigDecimal similarity,
			boolean alreadyMerged) {

		static Related of(RepeatFinder.Candidate c) {
			return new Related(c.trackingCode(), c.channel().label(), c.receivedOn(), c.similarity(), c.alreadyMerged());
		}
	}

	/** The petition after the merge: its state and the matter's first petition. */
	record Merged(String trackingCode, String status, String repeatOf, LocalDate answeredOn) {
	}

	@GetMapping("/api/v1/petitions/{trackingCode:[A-Za-z]+[A-Za-z0-9-]*}/related")
	List<Related> related(@AuthenticationPrincipal StaffUser user, @PathVariable String trackingCode) {
		return petitions.related(trackingCode, user).stream().map(Related::of).toList();
	}

	@PostMapping("/api/v1/petitions/{trackingCode:[A-Za-z]+[A-Za-z0-9-]*}/merge")
	Merged merge(@AuthenticationPrincipal StaffUser user, @PathVariable String trackingCode,
			@RequestBody(required = false) JsonNode body, Locale locale) {
		petitions.requireRoleFor(Petition.Action.MERGE, user);
		var form = (PetitionWorkflow.Merge) ActionForms.require(forms.fromJson(PetitionWorkflow.Merge.class, body, locale));
		Petition p = petitions.merge(trackingCode, form.into(), user);
		return new Merged(p.getTrackingCode(), p.getStatus().name(), p.getRepeatOfCode(), p.getAnsweredOn());
	}

	@ExceptionHandler(ActionForms.Invalid.class)
	ResponseEntity<ProblemDetail> invalid(ActionForms.Invalid e) {
		return withoutCode(Problems.badRequest(e.errors()));
	}

	@ExceptionHandler(NotFound.class)
	ResponseEntity<ProblemDetail> notFound(NotFound e, Locale locale) {
		return withoutCode(Problems.of(HttpStatus.NOT_FOUND, "not-found", text(e, locale)));
	}

	@ExceptionHandler(NotPermitted.class)
	ResponseEntity<ProblemDetail> notPermitted(NotPermitted e, Locale locale) {
		return withoutCode(Problems.of(HttpStatus.FORBIDDEN, "forbidden", text(e, locale)));
	}

	@ExceptionHandler(IllegalTransition.class)
	ResponseEntity<ProblemDetail> conflict(IllegalTransition e, Locale locale) {
		return withoutCode(Problems.of(HttpStatus.CONFLICT, "conflict", text(e, locale)));
	}

	private String text(IllegalTransition e, Locale locale) {
		return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
	}

	private static ResponseEntity<ProblemDetail> withoutCode(ResponseEntity<ProblemDetail> problem) {
		if (problem.getBody() != null) {
			problem.getBody().setInstance(RELATED);
		}
		return problem;
	}
}
