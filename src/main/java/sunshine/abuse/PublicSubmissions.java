package sunshine.abuse;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the public controllers call, in one line each: the {@link AbuseGuard}'s verdict turned into
 * the answer a citizen or a script gets — a JSON 429/400/422 with a Chinese message, or the message
 * to show above a form that keeps what was typed — and the challenge a form page offers. Every 429,
 * JSON or page, carries {@code Retry-After}.
 *
 * <p>A JSON submission goes: {@link #screenApi} (limits, then an {@code Idempotency-Key} replay, then
 * the duplicate window), the module's own validation, and after it was filed {@link #filedApi}. A
 * form: {@link #refuseForm}, validation, {@link #filedForm}. So an invalid body is answered with its
 * own problems and never counts as filed, and a key never hands out another client's answer.
 */
@Component
public class PublicSubmissions {

	/** The request attribute holding the seconds of {@code Retry-After} after a page's look-up was refused. */
	public static final String RETRY_AFTER = "sunshine.retryAfter";

	private final AbuseGuard guard;
	private final MessageSource messages;

	PublicSubmissions(AbuseGuard guard, MessageSource messages) {
		this.guard = guard;
		this.messages = messages;
	}

	/** Puts a fresh challenge (or none, when switched off) into the model of a public form page as {@code challenge}. */
	public void offerChallenge(Model model) {
		model.addAttribute("challenge", guard.challengeOn() ? guard.issue() : null);
	}

	/**
	 * A JSON submission, before its validation: empty when it may proceed, else the answer to
	 * return — 429 over a limit, 201 with the earlier answer when the same client sends the same body
	 * with the same {@code Idempotency-Key}, 422 when it sends another body with that key, 400 when
	 * the same person filed the same content within the duplicate window.
	 *
	 * @param body the request body as received (its digest ties the key to it)
	 */
	public Optional<ResponseEntity<Map<String, Object>>> screenApi(HttpServletRequest request, String phone,
			String content, String body, Locale locale) {
		Admission limits = guard.admitSubmission(request, phone);
		if (!limits.admitted()) {
			return json(limits, locale);
		}
		var replay = guard.replay(request, body);
		if (replay instanceof AbuseGuard.Replay.Same same) {
			return Optional.of(ResponseEntity.status(HttpStatus.CREATED).body(same.response()));
		}
		if (replay instanceof AbuseGuard.Replay.OtherBody) {
			var answer = new LinkedHashMap<String, Object>();
			answer.put("error", "idempotency-key-reused");
			answer.put("message", messages.getMessage("abuse.idempotencyKeyReused", null, locale));
			answer.put("fields", java.util.List.of());
			return Optional.of(ResponseEntity.unprocessableContent().body(answer));
		}
		if (guard.isDuplicate(phone, content)) {
			return json(Admission.refused("abuse.duplicate"), locale);
		}
		return Optional.empty();
	}

	/** A JSON submission was filed: remembers its answer under the client's key and its content for the duplicate window. */
	public void filedApi(HttpServletRequest request, String phone, String content, String body,
			Map<String, Object> answer) {
		guard.filed(phone, content);
		guard.remember(request, body, answer);
	}

	/** A JSON tracking look-up: empty when it may proceed, else the refusal to return. */
	public Optional<ResponseEntity<Map<String, Object>>> refuseLookup(HttpServletRequest request, String trackingCode,
			Locale locale) {
		return json(guard.admitLookup(request, trackingCode), locale);
	}

	/**
	 * A form submission: empty when it may proceed, else the message to show above the form (the
	 * page is then answered with the refusal's status: 429 with {@code Retry-After} over a limit).
	 */
	public Optional<String> refuseForm(HttpServletRequest request, String phone, String content, Locale locale) {
		return page(guard.admitForm(request, phone, content), locale);
	}

	/** A form submission was filed: its content counts as a duplicate for the same person within the window. */
	public void filedForm(String phone, String content) {
		guard.filed(phone, content);
	}

	/**
	 * A look-up by tracking code and query code from a page (tracking, rating, 复查, a letter):
	 * empty when it may proceed, else the message to show, the page answered with 429 and
	 * {@code Retry-After}.
	 */
	public Optional<String> refusePageLookup(HttpServletRequest request, String trackingCode, Locale locale) {
		return page(guard.admitLookup(request, trackingCode), locale);
	}

	private Optional<String> page(Admission admission, Locale locale) {
		if (admission.admitted()) {
			return Optional.empty();
		}
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			attributes.getRequest().setAttribute(RETRY_AFTER, admission.retryAfterSeconds());
		}
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getResponse() != null) {
			HttpServletResponse response = attributes.getResponse();
			response.setStatus(admission.status());
			if (admission.status() == 429) {
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(admission.retryAfterSeconds()));
			}
		}
		return Optional.of(messages.getMessage(admission.messageKey(), null, locale));
	}

	private Optional<ResponseEntity<Map<String, Object>>> json(Admission admission, Locale locale) {
		if (admission.admitted()) {
			return Optional.empty();
		}
		var body = new LinkedHashMap<String, Object>();
		body.put("error", admission.status() == 429 ? "too-many-requests" : "refused");
		body.put("message", messages.getMessage(admission.messageKey(), null, locale));
		body.put("fields", java.util.List.of());
		var answer = ResponseEntity.status(admission.status());
		if (admission.status() == 429) {
			answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(admission.retryAfterSeconds()));
		}
		return Optional.of(answer.body(body));
	}
}
