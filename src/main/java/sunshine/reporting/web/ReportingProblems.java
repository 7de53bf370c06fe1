package sunshine.reporting.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import sunshine.shared.web.Problems;

/**
 * The reporting APIs' refusals: the module's own reason (a {@code reporting.*} key) in the caller's
 * language, anything else — a parser's English text — as the general one. {@code error} carries the
 * message, as it always has on these routes; {@code message} and {@code fields} as on every other.
 */
final class ReportingProblems {

	private ReportingProblems() {
	}

	static ResponseEntity<ProblemDetail> of(HttpStatus status, String key, MessageSource messages, Locale locale) {
		String known = key == null || !key.startsWith("reporting.") ? null : messages.getMessage(key, null, null, locale);
		String message = known != null ? known : messages.getMessage("reporting.error", null, locale);
		return Problems.of(status, message, message);
	}
}
