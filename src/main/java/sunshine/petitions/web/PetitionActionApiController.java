package sunshine.petitions.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import sunshine.agency.StaffUser;
import sunshine.petitions.Petition;
import sunshine.petitions.PetitionIllegalStateException;
import sunshine.petitions.PetitionManagement;

/**
 * Staff actions on a petition for scripts and integrations: {@code POST /api/v1/petitions/{id}/{action}}
 * with a JSON body ({@code reason}, {@code text}, {@code unitId}, {@code days}, {@code approvedBy},
 * {@code report}, {@code to}); {@code GET /api/v1/petitions/{id}} for the staff view. Staff only, within
 * their data scope; an action the state or the role does not allow is a 409 with a Chinese message.
 */
@RestController
class PetitionActionApiController {

	private final PetitionManagement petitions;
	private final MessageSource messages;

	PetitionActionApiController(PetitionManagement petitions, MessageSource messages) {
		this.petitions = petitions;
		this.messages = messages;
	}

	@GetMapping("/api/v1/petitions/{id:\\d+}")
	ResponseEntity<Map<String, Object>> show(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			Locale locale) {
		return petitions.find(id, user).<ResponseEntity<Map<String, Object>>>map(p -> {
			var body = PetitionViews.tracking(p, messages, locale);
			body.put("id", p.getId());
			body.put("allowedActions", p.allowedActions().stream().map(Enum::name).sorted().toList());
			return ResponseEntity.ok(body);
		}).orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Map.of("error", "not-found", "message", messages.getMessage("petitions.error.notFound", null, locale))));
	}

	@PostMapping("/api/v1/petitions/{id:\\d+}/{action}")
	ResponseEntity<Map<String, Object>> act(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@PathVariable String action, @RequestBody(required = false) Map<String, Object> body, Locale locale) {
		Map<String, Object> input = body == null ? Map.of() : body;
		try {
			StaffActions.perform(petitions, user, id, action, key -> input.get(key) == null ? null : input.get(key).toString());
		}
		catch (PetitionIllegalStateException e) {
			return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "conflict", "message",
					messages.getMessage(e.messageKey(), null, locale)));
		}
		catch (StaffActions.BadInput e) {
			return ResponseEntity.badRequest().body(Map.of("error", "bad-request", "message",
					messages.getMessage(e.messageKey(), e.arguments(), locale), "fields", java.util.List.of(e.field())));
		}
		Petition petition = petitions.find(id, user).orElseThrow();
		var result = new LinkedHashMap<String, Object>();
		result.put("id", petition.getId());
		result.put("status", petition.getStatus().name());
		result.put("dueOn", petition.getDueOn() == null ? null : petition.getDueOn().toString());
		result.put("allowedActions", petition.allowedActions().stream().map(Enum::name).sorted().toList());
		return ResponseEntity.ok(result);
	}
}
