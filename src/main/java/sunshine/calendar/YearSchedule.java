package sunshine.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A year's holiday arrangement as published by the State Council (国务院办公厅关于部分节假日安排的通知),
 * keyed by the calendar year of its dates: a notice's December make-up days for the next year's
 * New Year belong to the year in which they fall.
 */
public record YearSchedule(int year, String notice, List<Holiday> holidays) {

	public YearSchedule {
		holidays = List.copyOf(holidays);
	}

	/** The problems that keep this schedule from being loaded; empty when it is sound. */
	public List<CalendarProblem> problems() {
		var problems = new ArrayList<CalendarProblem>();
		if (year < 1949 || year > 2200) {
			problems.add(new CalendarProblem("calendar.problem.year", year));
		}
		Set<LocalDate> seen = new HashSet<>();
		for (Holiday holiday : holidays) {
			if (holiday.name() == null || holiday.name().isBlank() || holiday.name().length() > 40) {
				problems.add(new CalendarProblem("calendar.problem.name"));
			}
			if (holiday.daysOff().isEmpty()) {
				problems.add(new CalendarProblem("calendar.problem.noDaysOff", holiday.name()));
			}
			for (LocalDate day : holiday.daysOff()) {
				checkDay(day, seen, problems);
			}
			for (LocalDate day : holiday.makeUpWorkdays()) {
				checkDay(day, seen, problems);
				if (!isWeekend(day)) {
					problems.add(new CalendarProblem("calendar.problem.workdayNotWeekend", day));
				}
			}
		}
		return problems;
	}

	private void checkDay(LocalDate day, Set<LocalDate> seen, List<CalendarProblem> problems) {
		if (day.getYear() != year) {
			problems.add(new CalendarProblem("calendar.problem.otherYear", day, year));
		}
		if (!seen.add(day)) {
			problems.add(new CalendarProblem("calendar.problem.duplicate", day));
		}
	}

	static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	List<CalendarMark> marks() {
		var marks = new ArrayList<CalendarMark>();
		for (Holiday holiday : holidays) {
			holiday.daysOff().forEach(day -> marks.add(new CalendarMark(day, DayKind.OFF, holiday.name())));
			holiday.makeUpWorkdays().forEach(day -> marks.add(new CalendarMark(day, DayKind.WORKDAY, holiday.name())));
		}
		return marks;
	}
}
