package sunshine.shared.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import sunshine.shared.workflow.IllegalTransition;
import sunshine.shared.workflow.NotFound;
import sunshine.shared.workflow.NotPermitted;

/**
 * How the JSON API reports a refused action, for every module alike: bad input 400 naming the fields,
 * a role or agency that does not reach the case 403, no such case 404, a state or rule of law that does
 * not allow the action 409 — each a problem detail in the caller's language.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(0)
class WorkflowProblems {

	private final MessageSource messages;

	WorkflowProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ActionForms.Invalid.class)
	ResponseEntity<ProblemDetail> invalid(ActionForms.Invalid e) {
		return Problems.badRequest(e.errors());
	}

	/** A rule the form could not express (e.g. text that is only spaces inside the domain): still the caller's input. */
	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> badInput(Locale locale) {
		return Problems.of(HttpStatus.BAD_REQUEST, "bad-request", messages.getMessage("shared.form.invalid", null, locale));
	}

	@ExceptionHandler(NotFound.class)
	ResponseEntity<ProblemDetail> notFound(NotFound e, Locale locale) {
		return Problems.of(HttpStatus.NOT_FOUND, "not-found", text(e, locale));
	}

	@ExceptionHandler(NotPermitted.class)
	ResponseEntity<ProblemDetail> notPermitted(NotPermitted e, Locale locale) {
		return Problems.of(HttpStatus.FORBIDDEN, "forbidden", text(e, locale));
	}

	@ExceptionHandler(IllegalTransition.class)
	ResponseEntity<ProblemDetail> conflict(IllegalTransition e, Locale locale) {
		return Problems.of(HttpStatus.CONFLICT, "conflict", text(e, locale));
	}

	private String text(IllegalTransition e, Locale locale) {
		return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
	}
}
