package sunshine.requests.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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
import sunshine.shared.workflow.NotFound;
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
	private final sunshine.requests.RequestReleases releases;

	RequestStaffApiController(DisclosureRequestManagement management, DisclosureRequestQueries queries,
			ActionForms forms, TrackingView tracking, AgencyLookup agencies, sunshine.requests.RequestReleases releases) {
		this.releases = releases;
		this.management = management;
		this.queries = queries;
		this.forms = forms;
		this.tracking = tracking;
		this.agencies = agencies;
	}

	/** One row of the work list. */
	record Row(long id, String trackingCode, String agency, String applicant, String applicantType, String channel,
			LocalDate receivedOn, LocalDate dueOn, String status, String outcome, String urgency) {
	}

	/** The work list with its counts (open, overdue, due within three working days). */
	record Queue(DisclosureRequestQueries.Counts counts, List<Row> requests) {
	}

	/** 转信访程序: the tracking code of the petition registered. */
	record Routed(String petition) {
	}

	/** 公开一次: the address of the catalogue item. */
	record Disclosed(String item) {
	}

	/** One entry of the timeline. */
	record Step(LocalDate on, String step) {
	}

	/** One request as staff see it: dates and their derivation, the outcome, the actions the caller may take. */
	record RequestView(long id, String trackingCode, String agency, String channel, String regime,
			String applicantType, String status, String statusLabel, LocalDate receivedOn, LocalDate dueOn,
			boolean calendarComplete, List<String> derivation, Integer extensionDays, String outcome,
			String outcomeLabel, LocalDate concludedOn, Integer feeYuan, List<String> allowedActions,
			List<Step> timeline, String routedTo, String disclosedItem, String pointedItem) {
	}

	@GetMapping("/api/v1/requests")
	Queue queue(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "open") String view,
			@RequestParam(required = false) Long agency, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "200") int limit) {
		ConsoleRequestController.requireBusinessRole(user);
		var scope = agencies.scopeOf(user);
		return new Queue(queries.counts(scope), queries.queue(scope, new DisclosureRequestQueries.Filter(view, agency, q), limit)
				.stream().map(row -> new Row(row.id(), row.trackingCode(), row.agencyName(), row.applicantName(),
						row.applicantType().label(), row.channel().name(), row.receivedOn(), row.dueOn(),
						row.status().name(), row.outcome() == null ? null : row.outcome().name(), row.urgency().name()))
				.toList());
	}

	@GetMapping("/api/v1/requests/{id:\\d+}")
	RequestView one(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Locale locale) {
		ConsoleRequestController.requireBusinessRole(user);
		return management.find(user, id).map(request -> view(request, user, locale))
				.orElseThrow(() -> new NotFound("requests.error.notFound"));
	}

	@PostMapping("/api/v1/requests/{id:\\d+}/actions/{action}")
	RequestView act(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @PathVariable Action action,
			@RequestBody(required = false) JsonNode body, Locale locale) {
		management.requireRoleFor(user, action);
		Record form = ActionForms.require(forms.fromJson(RequestWorkflow.TABLE.formOf(action), body, locale));
		management.act(user, id, action, form);
		return view(management.find(user, id).orElseThrow(), user, locale);
	}

	/**
	 * 转信访程序 (第三十九条第一款): the registrar of the request's agency routes an application that is really a
	 * petition; 201 with the petition's tracking code, 403 for anyone else, 409 when the state does not allow it.
	 */
	@PostMapping("/api/v1/requests/{id:\\d+}/route-to-petition")
	org.springframework.http.ResponseEntity<Routed> routeToPetition(
			@AuthenticationPrincipal StaffUser user, @PathVariable long id) {
		management.requireRoleFor(user, Action.ROUTE_TO_PETITION);
		String petition = management.routeToPetition(user, id);
		return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.CREATED)
				.body(new Routed(petition));
	}

	/**
	 * 公开一次: publishes the information granted on the request to the catalogue; 201 with the item's address.
	 */
	@PostMapping("/api/v1/requests/{id:\\d+}/disclose")
	org.springframework.http.ResponseEntity<Disclosed> disclose(
			@AuthenticationPrincipal StaffUser user, @PathVariable long id) {
		ConsoleRequestController.requireBusinessRole(user);
		long item = management.disclose(user, id);
		String address = "/disclosure/items/" + item;
		return org.springframework.http.ResponseEntity.created(java.net.URI.create(address))
				.body(new Disclosed(address));
	}

	/**
	 * 区分处理 with proof: renders the released PDF with the passages really removed and records the digests of
	 * both versions and the redaction log; the handler of the request's own agency. 201 with the release.
	 */
	@PostMapping("/api/v1/requests/{id:\\d+}/releases")
	org.springframework.http.ResponseEntity<sunshine.requests.RequestReleases.Release> release(
			@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@RequestBody sunshine.requests.RequestReleases.Draft draft) {
		ConsoleRequestController.requireBusinessRole(user);
		var release = releases.release(user, id, draft);
		return org.springframework.http.ResponseEntity
				.created(java.net.URI.create("/api/v1/requests/" + id + "/releases/" + release.id() + ".pdf")).body(release);
	}

	/** The releases of a request in the caller's scope: digests and redaction logs. */
	@GetMapping("/api/v1/requests/{id:\\d+}/releases")
	List<sunshine.requests.RequestReleases.Release> releases(@AuthenticationPrincipal StaffUser user,
			@PathVariable long id) {
		ConsoleRequestController.requireBusinessRole(user);
		management.find(user, id).orElseThrow(() -> new NotFound("requests.error.notFound"));
		return releases.of(id);
	}

	/** The released file (the version with the passages removed), in the caller's scope. */
	@GetMapping("/api/v1/requests/{id:\\d+}/releases/{release}.pdf")
	org.springframework.http.ResponseEntity<byte[]> releasedPdf(@AuthenticationPrincipal StaffUser user,
			@PathVariable long id, @PathVariable String release) {
		ConsoleRequestController.requireBusinessRole(user);
		management.find(user, id).orElseThrow(() -> new NotFound("requests.error.notFound"));
		byte[] pdf = releases.releasedPdf(id, release).orElseThrow(() -> new NotFound("requests.error.notFound"));
		return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
				.body(pdf);
	}

	private RequestView view(DisclosureRequest request, StaffUser user, Locale locale) {
		var view = tracking.of(request, locale);
		return new RequestView(request.getId(), request.getTrackingCode(), view.agencyName(), request.getChannel().name(),
				request.getRegime().era(), request.getApplicant().getType().label(), request.getStatus().name(),
				view.statusLabel(), request.getReceivedOn(), request.getDueOn(), request.isCalendarComplete(),
				view.derivation(), request.getExtensionDays(),
				request.getOutcome() == null ? null : request.getOutcome().name(), view.outcomeLabel(),
				request.getConcludedOn(), request.getFeeYuan(),
				management.actionsFor(request, user).stream().map(Enum::name).sorted().toList(),
				view.timeline().stream().map(step -> new Step(step.on(), step.label())).toList(), request.getRoutedTo(),
				request.getDisclosedItem() == null ? null : "/disclosure/items/" + request.getDisclosedItem(),
				request.getPointedItem() == null ? null : "/disclosure/items/" + request.getPointedItem());
	}
}
