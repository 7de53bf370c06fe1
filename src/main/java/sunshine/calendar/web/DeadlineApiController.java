package sunshine.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sunshine.calendar.CalendarManagement;
import sunshine.calendar.ClockPlan;
import sunshine.calendar.Deadline;
import sunshine.calendar.TimeLimit;

/**
 * {@code GET /api/v1/calendar/deadline?from=YYYY-MM-DD&workingDays=N} (or {@code &calendarDays=N}):
 * the last day of a period and how it was reached. Public.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "办理期限", description = "按法定节假日和调休推算期限（无需登录）")
class DeadlineApiController {

	private final CalendarManagement calendar;
	private final MessageSource messages;

	DeadlineApiController(CalendarManagement calendar, MessageSource messages) {
		this.calendar = calendar;
		this.messages = messages;
	}

	/** The last day of the period, whether every year it spans has its schedule, and the derivation. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "Deadline", description = "期限的最后一日及推算过程")
	record DeadlineAnswer(
			@io.swagger.v3.oas.annotations.media.Schema(description = "起算日", example = "2026-09-28", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) LocalDate from,
			@io.swagger.v3.oas.annotations.media.Schema(description = "期限的最后一日", example = "2026-10-26", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) LocalDate due,
			@io.swagger.v3.oas.annotations.media.Schema(description = "所跨各年的节假日安排是否都已载入", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) boolean calendarComplete,
			@io.swagger.v3.oas.annotations.media.Schema(description = "尚未载入节假日安排的年份") List<Integer> unloadedYears,
			@io.swagger.v3.oas.annotations.media.Schema(description = "推算过程，逐步说明") List<String> derivation) {
	}

	static final String DEADLINE_EXAMPLE = """
			{"from":"2026-09-28","due":"2026-10-26","calendarComplete":true,"unloadedYears":[],			"derivation":["2026年9月28日起算","国庆节、中秋节假期不计入","15个工作日届满于2026年10月26日"]}""";

	@sunshine.shared.web.PublicApi
	@io.swagger.v3.oas.annotations.Operation(summary = "推算期限", description = "自起算日起若干工作日或自然日的最后一日，"
			+ "按国务院公布的节假日和调休安排计算；workingDays 与 calendarDays 二者填一。",
			responses = {
					@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "期限",
							content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
									schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = DeadlineAnswer.class),
									examples = @io.swagger.v3.oas.annotations.media.ExampleObject(name = "15个工作日", value = DEADLINE_EXAMPLE))),
					@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400", description = "参数不合格",
							content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
									schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = sunshine.shared.web.ApiProblem.class),
									examples = @io.swagger.v3.oas.annotations.media.ExampleObject(name = "缺少起算日", value = """
											{"error":"bad-request","message":"请填写起算日期。","fields":["from"]}"""))) })
	@GetMapping(path = "/api/v1/calendar/deadline", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> deadline(
			@io.swagger.v3.oas.annotations.Parameter(description = "起算日（年-月-日）", example = "2026-09-28", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "date")) @RequestParam(required = false) String from,
			@io.swagger.v3.oas.annotations.Parameter(description = "工作日数（1–366）", example = "15", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "integer", minimum = "1", maximum = "366")) @RequestParam(required = false) String workingDays,
			@io.swagger.v3.oas.annotations.Parameter(description = "自然日数（1–366）", example = "30", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "integer", minimum = "1", maximum = "366")) @RequestParam(required = false) String calendarDays,
			@io.swagger.v3.oas.annotations.Parameter(hidden = true) Locale locale) {
		DeadlineQuery query = DeadlineQuery.parse(from, workingDays, calendarDays);
		if (!query.problems().isEmpty()) {
			var errors = new java.util.LinkedHashMap<String, String>();
			query.problems().forEach(p -> errors.putIfAbsent(p.field(),
					messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)));
			return sunshine.shared.web.Problems.badRequest(errors);
		}
		Deadline deadline = calendar.deadline(ClockPlan.startingOn(query.from(), query.limit()));
		return ResponseEntity.ok(new DeadlineAnswer(query.from(), deadline.due(), deadline.calendarComplete(),
				List.copyOf(deadline.unloadedYears()), deadline.describe(messages, locale)));
	}

	/** The parameters of a deadline question, checked; shared by the API and the calculator page. */
	record DeadlineQuery(LocalDate from, TimeLimit limit, List<Problem> problems) {

		record Problem(String field, String messageKey, List<Object> arguments) {
		}

		static DeadlineQuery parse(String from, String workingDays, String calendarDays) {
			var problems = new java.util.ArrayList<Problem>();
			LocalDate start = null;
			if (from == null || from.isBlank()) {
				problems.add(new Problem("from", "deadline.error.fromMissing", List.of()));
			}
			else {
				try {
					start = sunshine.shared.DateInput.parse(from);
					if (start.getYear() < 1990 || start.getYear() > 2100) {
						problems.add(new Problem("from", "deadline.error.fromRange", List.of()));
					}
				}
				catch (DateTimeParseException e) {
					problems.add(new Problem("from", "deadline.error.fromFormat", List.of(from)));
				}
			}
			boolean hasWorking = workingDays != null && !workingDays.isBlank();
			boolean hasCalendar = calendarDays != null && !calendarDays.isBlank();
			TimeLimit limit = null;
			if (hasWorking == hasCalendar) {
				problems.add(new Problem("workingDays", "deadline.error.oneLimit", List.of()));
			}
			else {
				String field = hasWorking ? "workingDays" : "calendarDays";
				String raw = (hasWorking ? workingDays : calendarDays).trim();
				try {
					int amount = Integer.parseInt(raw);
					if (amount < 1 || amount > 366) {
						problems.add(new Problem(field, "deadline.error.amountRange", List.of(1, 366)));
					}
					else {
						limit = hasWorking ? TimeLimit.workingDays(amount) : TimeLimit.calendarDays(amount);
					}
				}
				catch (NumberFormatException e) {
					problems.add(new Problem(field, "deadline.error.amountFormat", List.of(raw)));
				}
			}
			return new DeadlineQuery(start, limit, problems);
		}
	}
}
