package sunshine.petitions.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sunshine.agency.AgencyLookup;
import sunshine.agency.OrgScope;
import sunshine.agency.StaffUser;
import sunshine.petitions.Channel;
import sunshine.petitions.Petition;
import sunshine.petitions.PetitionManagement;
import sunshine.petitions.PetitionManagement.SubmissionRejected;
import sunshine.petitions.PetitionStatistics;
import sunshine.petitions.Submission;

/**
 * The petition statistics for staff: {@code GET /api/v1/petitions/statistics}, within the caller's data
 * scope. The public submission and tracking API lives in the portal.
 */
@RestController
class PetitionApiController {

	private final PetitionStatistics statistics;
	private final AgencyLookup agencies;
	private final MessageSource messages;

	PetitionApiController(PetitionStatistics statistics, AgencyLookup agencies, MessageSource messages) {
		this.statistics = statistics;
		this.agencies = agencies;
		this.messages = messages;
	}

	private Map<String, Object> problems(List<Submission.Problem> problems, Locale locale) {
		var errors = new ArrayList<Map<String, String>>();
		for (var problem : problems) {
			errors.add(Map.of("field", problem.field(), "message",
					messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale)));
		}
		var body = new LinkedHashMap<String, Object>();
		body.put("error", "bad-request");
		body.put("message", errors.stream().map(e -> e.get("message")).collect(Collectors.joining("；")));
		body.put("fields", problems.stream().map(Submission.Problem::field).distinct().toList());
		body.put("errors", errors);
		return body;
	}

	@GetMapping("/api/v1/petitions/statistics")
	ResponseEntity<Map<String, Object>> statistics(@AuthenticationPrincipal StaffUser user,
			@RequestParam(required = false) String agency, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String channel,
			@RequestParam(defaultValue = "false") boolean includeSubordinates, Locale locale) {
		var problems = new ArrayList<Submission.Problem>();
		var target = agency == null || agency.isBlank() ? agencies.byId(user.agencyId())
				: agencies.byCode(agency.strip());
		if (target.isEmpty()) {
			problems.add(new Submission.Problem("agency", "petitions.error.agency.unknown", List.of(agency)));
		}
		LocalDate start = date(from, "from", problems);
		LocalDate end = date(to, "to", problems);
		if (start != null && end != null && end.isBefore(start)) {
			problems.add(new Submission.Problem("to", "petitions.error.period", List.of()));
		}
		Channel c = null;
		if (channel != null && !channel.isBlank()) {
			c = Channel.parse(channel).orElse(null);
			if (c == null) {
				problems.add(new Submission.Problem("channel", "petitions.error.channel.invalid", List.of(channel)));
			}
		}
		if (!problems.isEmpty()) {
			return ResponseEntity.badRequest().body(problems(problems, locale));
		}
		OrgScope scope = agencies.scopeOf(user);
		long agencyId = target.get().getId();
		if (!scope.includes(agencyId)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", "forbidden", "message",
					messages.getMessage("petitions.error.scope", null, locale)));
		}
		Set<Long> ids = includeSubordinates ? agencies.selfAndDescendants(agencyId).stream()
				.filter(scope::includes).collect(Collectors.toSet()) : Set.of(agencyId);
		var figures = statistics.figures(ids, start, end, c);
		var body = PetitionViews.figures(figures);
		LocalDate previousFrom = start.minusYears(1);
		LocalDate previousTo = end.minusYears(1);
		var previous = statistics.figures(ids, previousFrom, previousTo, c);
		var yoy = new LinkedHashMap<String, Object>();
		yoy.put("from", previousFrom.toString());
		yoy.put("to", previousTo.toString());
		yoy.put("received", previous.received());
		yoy.put("online", previous.online());
		yoy.put("receivedChange", PetitionStatistics.change(previous.received(), figures.received()));
		yoy.put("onlineChange", PetitionStatistics.change(previous.online(), figures.online()));
		body.put("agency", target.get().getCode());
		body.put("from", start.toString());
		body.put("to", end.toString());
		body.put("includeSubordinates", includeSubordinates);
		body.put("agencies", ids.size());
		body.put("previousYear", yoy);
		return ResponseEntity.ok(body);
	}

	private static LocalDate date(String text, String field, List<Submission.Problem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new Submission.Problem(field, "petitions.error." + field + ".missing", List.of()));
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(new Submission.Problem(field, "petitions.error." + field + ".format", List.of(text)));
			return null;
		}
	}
}
