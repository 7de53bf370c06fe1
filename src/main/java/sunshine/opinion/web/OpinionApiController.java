package sunshine.opinion.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sunshine.agency.StaffUser;
import sunshine.disclosure.HotspotChannel;
import sunshine.opinion.OpinionEvent;
import sunshine.opinion.OpinionEvent.Action;
import sunshine.opinion.OpinionLevel;
import sunshine.opinion.OpinionManagement;
import sunshine.opinion.OpinionOrigin;
import sunshine.opinion.OpinionQueries;
import sunshine.opinion.OpinionStatus;
import sunshine.opinion.OpinionWorkflow;
import sunshine.opinion.ResponseEffect;
import sunshine.shared.web.ActionForms;
import sunshine.shared.workflow.NotFound;
import tools.jackson.databind.JsonNode;

/**
 * The staff JSON API of 政务舆情 (a logged-in session, or HTTP Basic for scripts), for the caller's own agency:
 * <ul>
 * <li>{@code GET /api/v1/opinion/events?status=&level=&from=&to=} — the events, newest noticed first;</li>
 * <li>{@code GET /api/v1/opinion/events/{id}} — one event with its responses, its file and the caller's actions;</li>
 * <li>{@code POST /api/v1/opinion/events} with {@code title}, {@code summary}, {@code noticedOn}, {@code sourceLink}
 * — 收集 (201);</li>
 * <li>{@code POST /api/v1/opinion/events/{id}/actions/{ACTION}} with the members of the action's form in
 * {@link OpinionWorkflow} — 研判 {@code ASSESS}, 回应 {@code RESPOND}, 评估 {@code EVALUATE}, 不予回应 {@code DISMISS}.</li>
 * </ul>
 * Refusals are problem details: 400 by field, 403 role or agency, 404 no such event, 409 state or rule.
 */
@RestController
class OpinionApiController {

	/** One line of the list. */
	record EventLine(long id, String title, OpinionOrigin origin, LocalDate noticedOn, OpinionStatus status,
			OpinionLevel level, String topic, int responses, int channels, LocalDate lastRespondedOn, Long hotspotId) {

		static EventLine of(OpinionQueries.Line line) {
			return new EventLine(line.id(), line.title(), line.origin(), line.noticedOn(), line.status(), line.level(),
					line.topic(), line.responses(), line.channels(), line.lastRespondedOn(), line.hotspotId());
		}
	}

	/** The list and the filter it answers. */
	record EventList(OpinionStatus status, OpinionLevel level, LocalDate from, LocalDate to, int count,
			List<EventLine> events) {
	}

	/** One response, on its channel and day. */
	record ResponseView(HotspotChannel channel, LocalDate respondedOn, String link, String summary, String recordedBy) {
	}

	/** One step of the file. */
	record StepView(String action, Instant takenAt, String actor, String note) {
	}

	/** One event as staff see it. */
	record EventView(long id, String title, String summary, OpinionOrigin origin, String sourceLink, LocalDate noticedOn,
			OpinionStatus status, String statusLabel, OpinionLevel level, String topic, String agenciesConcerned,
			Long hotspotId, ResponseEffect effect, String closingNote, List<ResponseView> responses, List<StepView> steps,
			List<Action> allowedActions) {
	}

	private final OpinionManagement opinion;
	private final OpinionQueries queries;
	private final ActionForms forms;
	private final MessageSource messages;

	OpinionApiController(OpinionManagement opinion, OpinionQueries queries, ActionForms forms, MessageSource messages) {
		this.opinion = opinion;
		this.queries = queries;
		this.forms = forms;
		this.messages = messages;
	}

	@GetMapping("/api/v1/opinion/events")
	EventList events(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) String level, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale) {
		OpinionManagement.requireReader(user);
		Map<String, String> errors = new LinkedHashMap<>();
		OpinionStatus state = filter(OpinionStatus.class, "status", status, errors, locale);
		OpinionLevel grade = filter(OpinionLevel.class, "level", level, errors, locale);
		LocalDate since = day("from", from, errors, locale);
		LocalDate until = day("to", to, errors, locale);
		if (!errors.isEmpty()) {
			throw new ActionForms.Invalid(errors);
		}
		var lines = queries.events(user.agencyId(), new OpinionQueries.Filter(state, grade, since, until)).stream()
				.map(EventLine::of).toList();
		return new EventList(state, grade, since, until, lines.size(), lines);
	}

	@GetMapping("/api/v1/opinion/events/{id:\\d+}")
	EventView event(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Locale locale) {
		OpinionManagement.requireReader(user);
		return view(opinion.find(id, user).orElseThrow(() -> new NotFound("opinion.error.notFound")), user, locale);
	}

	@PostMapping("/api/v1/opinion/events")
	ResponseEntity<EventView> collect(@AuthenticationPrincipal StaffUser user,
			@RequestBody(required = false) JsonNode body, Locale locale) {
		OpinionManagement.requireCollector(user);
		var form = ActionForms.require(forms.fromJson(OpinionWorkflow.Collect.class, body, locale));
		OpinionEvent event = opinion.collect(user, form);
		return ResponseEntity.created(URI.create("/api/v1/opinion/events/" + event.getId())).body(view(event, user, locale));
	}

	@PostMapping("/api/v1/opinion/events/{id:\\d+}/actions/{action}")
	EventView act(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @PathVariable String action,
			@RequestBody(required = false) JsonNode body, Locale locale) {
		Action step = Action.of(action).orElseThrow(() -> new NotFound("opinion.error.action.unknown"));
		opinion.requireRoleFor(user, step);
		Record form = ActionForms.require(forms.fromJson(OpinionWorkflow.TABLE.formOf(step), body, locale));
		return view(opinion.act(user, id, step, form), user, locale);
	}

	private EventView view(OpinionEvent e, StaffUser user, Locale locale) {
		return new EventView(e.getId(), e.getTitle(), e.getSummary(), e.getOrigin(), e.getSourceLink(), e.getNoticedOn(),
				e.getStatus(), messages.getMessage("opinion.status." + e.getStatus(), null, locale), e.getLevel(),
				e.getTopic(), e.getAgenciesConcerned(), e.getHotspotId(), e.getEffect(), e.getClosingNote(),
				e.getResponses().stream().map(r -> new ResponseView(r.getChannel(), r.getRespondedOn(), r.getLink(),
						r.getSummary(), r.getRecordedBy())).toList(),
				e.getSteps().stream().map(s -> new StepView(s.getAction(), s.getTakenAt(), s.getActor(), s.getNote())).toList(),
				opinion.actionsFor(e, user).stream().sorted().toList());
	}

	private <E extends Enum<E>> E filter(Class<E> type, String field, String value, Map<String, String> errors,
			Locale locale) {
		if (value == null || value.isBlank()) {
			return null;
		}
		E parsed = OpinionConsoleController.parse(type, value);
		if (parsed == null) {
			errors.put(field, messages.getMessage("shared.form.wrongValue",
					new Object[] { messages.getMessage("opinion.field." + field, null, locale), value }, locale));
		}
		return parsed;
	}

	private LocalDate day(String field, String value, Map<String, String> errors, Locale locale) {
		if (value == null || value.isBlank()) {
			return null;
		}
		LocalDate parsed = OpinionConsoleController.date(value);
		if (parsed == null) {
			errors.put(field, messages.getMessage("shared.form.wrongValue",
					new Object[] { messages.getMessage("opinion.field." + field, null, locale), value }, locale));
		}
		return parsed;
	}
}
