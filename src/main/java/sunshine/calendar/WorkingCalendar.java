package sunshine.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The working days of the Chinese calendar for the years whose State Council holiday notices are
 * loaded; an immutable snapshot, safe to share between threads.
 *
 * <p>A day is a working day when a notice makes it one (调休上班), or when it is Monday to Friday
 * and no notice gives it off. For a year with no notice loaded only weekends are days off, and
 * every result that touches such a year says so.
 */
public final class WorkingCalendar {

	private final Map<LocalDate, CalendarMark> marks;
	private final SortedSet<Integer> loadedYears;

	public WorkingCalendar(Collection<CalendarMark> marks, Collection<Integer> loadedYears) {
		var byDay = new HashMap<LocalDate, CalendarMark>();
		marks.forEach(mark -> byDay.put(mark.day(), mark));
		this.marks = Map.copyOf(byDay);
		this.loadedYears = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(loadedYears));
	}

	public static WorkingCalendar of(Collection<YearSchedule> schedules) {
		return new WorkingCalendar(schedules.stream().flatMap(schedule -> schedule.marks().stream()).toList(),
				schedules.stream().map(YearSchedule::year).toList());
	}

	public boolean isWorkingDay(LocalDate day) {
		CalendarMark mark = marks.get(day);
		if (mark != null) {
			return mark.kind() == DayKind.WORKDAY;
		}
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
	}

	public boolean isLoaded(int year) {
		return loadedYears.contains(year);
	}

	public SortedSet<Integer> loadedYears() {
		return loadedYears;
	}

	public Optional<CalendarMark> mark(LocalDate day) {
		return Optional.ofNullable(marks.get(day));
	}

	/** The first working day after {@code day}. */
	public LocalDate nextWorkingDayAfter(LocalDate day) {
		LocalDate next = day.plusDays(1);
		while (!isWorkingDay(next)) {
			next = next.plusDays(1);
		}
		return next;
	}

	/**
	 * The last day of the period the plan describes. Counting starts the day after the start (or
	 * the restart), skips paused days and — for working days — every day that is not a working
	 * day; an extension continues the count from the original end. A period in calendar days that
	 * ends on a day that is not a working day ends on the next working day (民法典 第二百零三条).
	 */
	public Deadline deadline(ClockPlan plan) {
		var steps = new ArrayList<DerivationStep>();
		steps.add(new DerivationStep("calendar.derivation.start", plan.start()));
		plan.restart().ifPresent(restart -> steps.add(
				new DerivationStep("calendar.derivation.restart", restart.day(), restart.reason())));
		steps.add(new DerivationStep("calendar.derivation.limit", plan.limit()));

		LocalDate from = plan.countingFrom();
		LocalDate end = count(from, plan.limit(), plan);
		LocalDate originalEnd = end;
		if (plan.extension().isPresent()) {
			end = count(end, plan.extension().get().limit(), plan);
		}
		LocalDate due = end;
		boolean rolled = false;
		if (plan.limit().unit() == PeriodUnit.CALENDAR_DAYS && !isWorkingDay(end)) {
			due = nextWorkingDayAfter(end);
			rolled = true;
		}

		if (plan.limit().unit() == PeriodUnit.WORKING_DAYS) {
			describeHolidays(from, end, steps);
		}
		describePauses(from, end, plan, steps);
		plan.extension().ifPresent(extension -> {
			steps.add(new DerivationStep("calendar.derivation.originalEnd", originalEnd));
			steps.add(new DerivationStep("calendar.derivation.extension", extension.limit(), extension.reason()));
		});
		if (rolled) {
			steps.add(new DerivationStep("calendar.derivation.rollForward", end, due));
		}

		SortedSet<Integer> unloaded = new TreeSet<>();
		for (int year = from.plusDays(1).getYear(); year <= due.getYear(); year++) {
			if (!isLoaded(year)) {
				unloaded.add(year);
			}
		}
		if (!unloaded.isEmpty()) {
			steps.add(new DerivationStep("calendar.derivation.unloaded", joinYears(unloaded)));
		}
		steps.add(new DerivationStep("calendar.derivation.due", due));
		return new Deadline(due, unloaded.isEmpty(), unloaded, steps);
	}

	private LocalDate count(LocalDate after, TimeLimit limit, ClockPlan plan) {
		LocalDate day = after;
		int counted = 0;
		while (counted < limit.amount()) {
			day = day.plusDays(1);
			if (plan.isPaused(day)) {
				continue;
			}
			if (limit.unit() == PeriodUnit.WORKING_DAYS && !isWorkingDay(day)) {
				continue;
			}
			counted++;
		}
		return day;
	}

	/** Lists the holidays and make-up working days inside the span, a holiday's days as one range. */
	private void describeHolidays(LocalDate from, LocalDate end, List<DerivationStep> steps) {
		LocalDate rangeStart = null;
		LocalDate rangeEnd = null;
		String rangeName = null;
		for (LocalDate day = from.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
			CalendarMark mark = marks.get(day);
			boolean off = mark != null && mark.kind() == DayKind.OFF;
			boolean continues = off && rangeName != null && mark.holiday().equals(rangeName)
					&& rangeEnd.plusDays(1).equals(day);
			if (rangeName != null && !continues) {
				steps.add(holidayStep(rangeStart, rangeEnd, rangeName));
				rangeName = null;
			}
			if (off && !continues) {
				rangeStart = day;
				rangeName = mark.holiday();
			}
			if (off) {
				rangeEnd = day;
			}
			if (mark != null && mark.kind() == DayKind.WORKDAY) {
				steps.add(new DerivationStep("calendar.derivation.makeUp", day, mark.holiday()));
			}
		}
		if (rangeName != null) {
			steps.add(holidayStep(rangeStart, rangeEnd, rangeName));
		}
	}

	private static DerivationStep holidayStep(LocalDate first, LocalDate last, String name) {
		return first.equals(last) ? new DerivationStep("calendar.derivation.holidayDay", first, name)
				: new DerivationStep("calendar.derivation.holiday", first, last, name);
	}

	private static void describePauses(LocalDate from, LocalDate end, ClockPlan plan, List<DerivationStep> steps) {
		for (ClockPlan.Pause pause : plan.pauses()) {
			if (pause.last().isAfter(from) && !pause.first().isAfter(end)) {
				LocalDate first = pause.first().isAfter(from) ? pause.first() : from.plusDays(1);
				long days = pause.last().toEpochDay() - first.toEpochDay() + 1;
				steps.add(new DerivationStep("calendar.derivation.pause", first, pause.last(), pause.reason(), days));
			}
		}
	}

	private static String joinYears(Set<Integer> years) {
		return String.join("、", years.stream().map(String::valueOf).toList());
	}
}
