package sunshine.calendar.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import sunshine.calendar.CalendarManagement;
import sunshine.calendar.ClockPlan;
import sunshine.calendar.Deadline;

/** 办理期限计算器: the public deadline calculator. A GET form, so it works without JavaScript and without a session. */
@Controller
class DeadlineCalculatorController {

	private final CalendarManagement calendar;
	private final MessageSource messages;

	DeadlineCalculatorController(CalendarManagement calendar, MessageSource messages) {
		this.calendar = calendar;
		this.messages = messages;
	}

	@GetMapping("/tools/deadline")
	String calculator(@RequestParam(required = false) String from, @RequestParam(required = false) String amount,
			@RequestParam(defaultValue = "WORKING_DAYS") String unit, Model model, Locale locale) {
		boolean calendarDays = "CALENDAR_DAYS".equals(unit);
		model.addAttribute("from", from);
		model.addAttribute("amount", amount);
		model.addAttribute("unit", calendarDays ? "CALENDAR_DAYS" : "WORKING_DAYS");
		model.addAttribute("loadedYears", calendar.calendar().loadedYears());
		if (from == null && amount == null) {
			return "calendar/deadline";
		}
		var query = DeadlineApiController.DeadlineQuery.parse(from, calendarDays ? null : amount,
				calendarDays ? amount : null);
		if (!query.problems().isEmpty()) {
			model.addAttribute("errors", query.problems().stream()
					.map(p -> messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)).toList());
			return "calendar/deadline";
		}
		Deadline deadline = calendar.deadline(ClockPlan.startingOn(query.from(), query.limit()));
		model.addAttribute("deadline", deadline);
		model.addAttribute("derivation", deadline.describe(messages, locale));
		return "calendar/deadline";
	}
}
