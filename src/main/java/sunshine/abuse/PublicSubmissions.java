package sunshine.abuse;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the public controllers call, in one line each: the {@link AbuseGuard}'s verdict turned into
 * the answer a citizen or a script gets — a JSON 429/400 with a Chinese message, or the message to
 * show above a form that keeps what was typed — and the challenge a form page offers.
 */
@Component
public class PublicSubmissions {

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

	/** A JSON submission: empty when it may proceed, else the refusal to return. */
	public Optional<ResponseEntity<Map<String, Object>>> refuseApi(HttpServletRequest request, String phone,
			String content, Locale locale) {
		return json(guard.admitSubmission(request, phone, content), locale);
	}

	/** A JSON tracking look-up: empty when it may proceed, else the refusal to return. */
	public Optional<ResponseEntity<Map<String, Object>>> refuseLookup(HttpServletRequest request, Locale locale) {
		return json(guard.admitLookup(request), locale);
	}

	/** A form submission: empty when it may proceed, else the message to show above the form. */
	public Optional<String> refuseForm(HttpServletRequest request, String phone, String content, Locale locale) {
		Admission admission = guard.admitForm(request, phone, content);
		return admission.admitted() ? Optional.empty()
				: Optional.of(messages.getMessage(admission.messageKey(), null, locale));
	}

	/** A tracking look-up from a page: empty when it may proceed, else the message to show. */
	public Optional<String> refusePageLookup(HttpServletRequest request, Locale locale) {
		Admission admission = guard.admitLookup(request);
		return admission.admitted() ? Optional.empty()
				: Optional.of(messages.getMessage(admission.messageKey(), null, locale));
	}

	/** The answer given before to the same {@code Idempotency-Key}, so a retried request creates nothing twice. */
	public Optional<ResponseEntity<Map<String, Object>>> replay(HttpServletRequest request) {
		return guard.replay(request.getHeader(AbuseGuard.IDEMPOTENCY_HEADER))
				.map(body -> ResponseEntity.status(HttpStatus.CREATED).body(body));
	}

	/** Remembers a created resource's answer under the request's {@code Idempotency-Key}, if it has one. */
	public void remember(HttpServletRequest request, Map<String, Object> body) {
		guard.remember(request.getHeader(AbuseGuard.IDEMPOTENCY_HEADER), body);
	}

	private Optional<ResponseEntity<Map<String, Object>>> json(Admission admission, Locale locale) {
		if (admission.admitted()) {
			return Optional.empty();
		}
		var body = new LinkedHashMap<String, Object>();
		body.put("error", admission.status() == 429 ? "too-many-requests" : "refused");
		body.put("message", messages.getMessage(admission.messageKey(), null, locale));
		return Optional.of(ResponseEntity.status(admission.status()).body(body));
	}
}
