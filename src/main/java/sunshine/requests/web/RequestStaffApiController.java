package sunshine.requests.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sunshine.agency.AgencyLookup;
import sunshine.agency.StaffUser;
import sunshine.requests.TrackingView;
import sunshine.requests.RequestWorkflow;
import sunshine.shared.web.ActionForms;
import tools.jackson.databind.JsonNode;
import sunshine.requests.DisclosureRequest;
import sunshine.requests.DisclosureRequest.Action;
import sunshine.requests.DisclosureRequestManagement;
import sunshine.requests.DisclosureRequestQueries;

/**
 * The staff JSON API of 依申请公开 (a logged-in session, or HTTP Basic for scripts):
 * <ul>
 * <li>{@code GET /api/v1/requests?view=open|overdue|soon|concluded|all&agency=&q=} — the queue in the caller's scope;</li>
 * <li>{@code GET /api/v1/requests/{id}} — one request, with its due date, derivation, timeline and allowed actions;</li>
 * <li>{@code POST /api/v1/requests/{id}/actions/{ACTION}} with a JSON object of the action's fields
 * ({@code on}, {@code outcome}, {@code text}, {@code days}, {@code approvedBy} …) — 200 with the
 * request, 400 with a message per bad field, or 409 when the state or the law does not allow it.</li>
 * </ul>
 */
@RestController
class RequestStaffApiController {

	private final DisclosureRequestManagement management;
	private final DisclosureRequestQueries queries;
	private final ActionForms forms;
	private final TrackingView tracking;
	private final AgencyLookup agencies;

	RequestStaffApiController(DisclosureRequestManagement management, DisclosureRequestQueries queries,
			ActionForms forms, TrackingView tracking, AgencyLookup agencies) {
		this.management = management;
		this.queries = queries;
		this.forms = forms;
		this.tracking = tracking;
		this.agencies = agencies;
	}

	@GetMapping("/api/v1/requests")
	Map<String, Object> queue(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "open") String view,
			@RequestParam(required = false) Long agency, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "200") int limit) {
		ConsoleRequestController.requireBusinessRole(user);
		var scope = agencies.scopeOf(user);
		var counts = queries.counts(scope);
		var body = new LinkedHashMap<String, Object>();
		body.put("counts", Map.of("open", counts.open(), "overdue", counts.overdue(), "dueSoon", counts.dueSoon()));
		body.put("requests", queries.queue(scope, new DisclosureRequestQueries.Filter(view, agency, q), limit).stream()
				.map(row -> {
					var item = new LinkedHashMap<String, Object>();
					item.put("id", row.id());
					item.put("trackingCode", row.trackingCode());
					item.put("agency", row.agencyName());
					item.put("applicant", row.applicantName());
					item.put("applicantType", row.applicantType().label());
					item.put("channel", row.channel().name());
					item.put("receivedOn", row.receivedOn().toString());
					item.put("dueOn", row.dueOn().toString());
					item.put("status", row.status().name());
					item.put("outcome", row.outcome() == null ? null : row.outcome().name());
					item.put("urgency", row.urgency().name());
					return item;
				}).toList());
		return body;
	}

	@GetMapping("/api/v1/requests/{id:\\d+}")
	ResponseEntity<Map<String, Object>> one(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Locale locale) {
		ConsoleRequestController.requireBusinessRole(user);
		return management.find(user, id).map(request -> ResponseEntity.ok(json(request, user, locale)))
				.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not-found")));
	}

	@PostMapping("/api/v1/requests/{id:\\d+}/actions/{action}")
	ResponseEntity<Map<String, Object>> act(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@PathVariable Action action, @RequestBody(required = false) JsonNode body, Locale locale) {
		management.requireRoleFor(user, action);
		Record form = ActionForms.require(forms.fromJson(RequestWorkflow.TABLE.formOf(action), body, locale));
		management.act(user, id, action, form);
		return ResponseEntity.ok(json(management.find(user, id).orElseThrow(), user, locale));
	}

	private Map<String, Object> json(DisclosureRequest request, StaffUser user, Locale locale) {
		var view = tracking.of(request, locale);
		var body = new LinkedHashMap<String, Object>();
		body.put("id", request.getId());
		body.put("trackingCode", request.getTrackingCode());
		body.put("agency", view.agencyName());
		body.put("channel", request.getChannel().name());
		body.put("regime", request.getRegime().era());
		body.put("applicantType", request.getApplicant().getType().label());
		body.put("status", request.getStatus().name());
		body.put("statusLabel", view.statusLabel());
		body.put("receivedOn", request.getReceivedOn().toString());
		body.put("dueOn", request.getDueOn().toString());
		body.put("calendarComplete", request.isCalendarComplete());
		body.put("derivation", view.derivation());
		body.put("extensionDays", request.getExtensionDays());
		body.put("outcome", request.getOutcome() == null ? null : request.getOutcome().name());
		body.put("outcomeLabel", view.outcomeLabel());
		body.put("concludedOn", request.getConcludedOn() == null ? null : request.getConcludedOn().toString());
		body.put("feeYuan", request.getFeeYuan());
		body.put("allowedActions", management.actionsFor(request, user).stream().map(Enum::name).sorted().toList());
		body.put("timeline", view.timeline().stream().map(step -> Map.of("on", step.on().toString(), "step", step.label()))
				.toList());
		return body;
	}
}
