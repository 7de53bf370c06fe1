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
class DeadlineApiController {

	private final CalendarManagement calendar;
	private final MessageSource messages;

	DeadlineApiController(CalendarManagement calendar, MessageSource messages) {
		this.calendar = calendar;
		this.messages = messages;
	}

	/** The last day of the period, whether every year it spans has its schedule, and the derivation. */
	record DeadlineAnswer(LocalDate from, LocalDate due, boolean calendarComplete, List<Integer> unloadedYears,
			List<String> derivation) {
	}

	@GetMapping("/api/v1/calendar/deadline")
	ResponseEntity<?> deadline(@RequestParam(required = false) String from,
			@RequestParam(required = false) String workingDays, @RequestParam(required = false) String calendarDays,
			Locale locale) {
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
					start = LocalDate.parse(from.trim());
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
