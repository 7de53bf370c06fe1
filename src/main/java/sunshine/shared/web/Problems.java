package sunshine.shared.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Error bodies of the JSON API as RFC 9457 problem details ({@code application/problem+json}), in the
 * caller's language. Besides the standard members they keep the ones clients already read:
 * {@code error} (a stable code such as {@code bad-request}), {@code message} (the whole explanation),
 * {@code fields} (the fields at fault) and, for bad input, {@code errors} (field → message).
 */
public final class Problems {

	private Problems() {
	}

	/** A problem without field errors. */
	public static ResponseEntity<ProblemDetail> of(HttpStatus status, String error, String message) {
		return of(status, error, message, Map.of());
	}

	/** Bad input: each field with its message; {@code message} joins them. */
	public static ResponseEntity<ProblemDetail> badRequest(Map<String, String> errors) {
		return of(HttpStatus.BAD_REQUEST, "bad-request", String.join("；", errors.values()), errors);
	}

	public static ResponseEntity<ProblemDetail> of(HttpStatus status, String error, String message,
			Map<String, String> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
		problem.setTitle(message);
		problem.setProperty("error", error);
		problem.setProperty("message", message);
		Collection<String> fields = errors.keySet();
		problem.setProperty("fields", List.copyOf(fields));
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
