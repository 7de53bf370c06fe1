package sunshine.petitions.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import sunshine.agency.StaffUser;
import sunshine.petitions.Petition;
import sunshine.petitions.Petition.Action;
import sunshine.petitions.PetitionManagement;
import sunshine.petitions.PetitionTracking;
import sunshine.petitions.PetitionWorkflow;
import sunshine.shared.web.ActionForms;
import sunshine.shared.workflow.NotFound;
import tools.jackson.databind.JsonNode;

/**
 * Staff actions on a petition for scripts and integrations: {@code POST /api/v1/petitions/{id}/{verb}}
 * with the action's form as a JSON object (the members of {@link PetitionWorkflow}'s form records:
 * {@code reason}, {@code to}, {@code unitId}, {@code days}/{@code reason}/{@code approvedBy},
 * {@code text}, {@code report}); {@code GET /api/v1/petitions/{id}} for the staff view. Refusals are
 * problem details: 400 bad input by field, 403 role or agency, 404 no such petition, 409 state or law.
 */
@RestController
class PetitionActionApiController {

	private final PetitionManagement petitions;
	private final ActionForms forms;
	private final MessageSource messages;

	PetitionActionApiController(PetitionManagement petitions, ActionForms forms, MessageSource messages) {
		this.petitions = petitions;
		this.forms = forms;
		this.messages = messages;
	}

	/** The staff view of a case: the citizen's view plus its id and the actions its state allows. */
	record StaffView(long id, List<String> allowedActions, @JsonUnwrapped PetitionTracking tracking) {
	}

	/** What an action left: the new state, the deadline of the next step, the actions now allowed. */
	record ActionResult(long id, String status, LocalDate dueOn, List<String> allowedActions) {
	}

	@GetMapping("/api/v1/petitions/{id:\\d+}")
	StaffView show(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Locale locale) {
		Petition p = petitions.find(id, user).orElseThrow(() -> new NotFound("petitions.error.notFound"));
		return new StaffView(p.getId(), names(p), PetitionTracking.of(p, messages, locale));
	}

	@PostMapping("/api/v1/petitions/{id:\\d+}/{action}")
	ActionResult act(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @PathVariable("action") String verb,
			@RequestBody(required = false) JsonNode body, Locale locale) {
		Action action = Action.of(verb).orElseThrow(() -> new NotFound("petitions.error.action.unknown"));
		petitions.requireRoleFor(action, user);
		Record form = ActionForms.require(forms.fromJson(PetitionWorkflow.TABLE.formOf(action), body, locale));
		petitions.act(id, action, form, user);
		Petition p = petitions.find(id, user).orElseThrow();
		return new ActionResult(p.getId(), p.getStatus().name(), p.getDueOn(), names(p));
	}

	private static List<String> names(Petition p) {
		return p.allowedActions().stream().map(Enum::name).sorted().toList();
	}
}
