package sunshine.calendar.web;

import java.security.Principal;
import java.time.Year;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sunshine.calendar.CalendarManagement;
import sunshine.calendar.CalendarProblem;
import sunshine.calendar.InvalidScheduleException;
import sunshine.calendar.YearSchedule;

/** 工作日历维护: the system administrator loads next year's State Council notice or corrects a year. */
@Controller
class CalendarAdminController {

	private final CalendarManagement calendar;
	private final MessageSource messages;

	CalendarAdminController(CalendarManagement calendar, MessageSource messages) {
		this.calendar = calendar;
		this.messages = messages;
	}

	@GetMapping("/console/system/calendar")
	String years(Model model) {
		List<YearSchedule> schedules = calendar.schedules();
		model.addAttribute("schedules", schedules);
		int next = schedules.isEmpty() ? Year.now().getValue() : schedules.get(schedules.size() - 1).year() + 1;
		model.addAttribute("nextYear", next);
		return "calendar/years";
	}

	@GetMapping("/console/system/calendar/{year}")
	String edit(@PathVariable int year, Model model) {
		YearSchedule schedule = calendar.schedules().stream().filter(s -> s.year() == year).findFirst()
				.orElse(new YearSchedule(year, "", List.of()));
		model.addAttribute("year", year);
		model.addAttribute("notice", schedule.notice());
		model.addAttribute("text", ScheduleText.format(schedule));
		model.addAttribute("exists", !schedule.holidays().isEmpty());
		return "calendar/edit";
	}

	@PostMapping("/console/system/calendar/{year}")
	String save(@PathVariable int year, @RequestParam(defaultValue = "") String notice,
			@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "false") boolean confirmed,
			Model model, Principal principal, Locale locale, RedirectAttributes redirect) {
		ScheduleText.Parsed parsed = ScheduleText.parse(text);
		List<CalendarProblem> problems = new java.util.ArrayList<>(parsed.problems());
		if (!confirmed) {
			problems.add(new CalendarProblem("calendar.problem.confirm"));
		}
		if (notice.length() > 500) {
			problems.add(new CalendarProblem("calendar.problem.notice"));
		}
		if (problems.isEmpty()) {
			try {
				calendar.replaceYear(new YearSchedule(year, notice.strip(), parsed.holidays()), principal.getName());
				redirect.addFlashAttribute("saved", year);
				return "redirect:/console/system/calendar";
			}
			catch (InvalidScheduleException e) {
				problems.addAll(e.problems());
			}
		}
		model.addAttribute("year", year);
		model.addAttribute("notice", notice);
		model.addAttribute("text", text);
		model.addAttribute("errors", problems.stream()
				.map(p -> messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)).toList());
		return "calendar/edit";
	}
}
