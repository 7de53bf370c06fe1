package sunshine.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One holiday of a year's State Council notice as the notice states it: its name, the days off,
 * and the weekend days worked in exchange (e.g. 春节：2月15日至23日放假调休，2月14日、2月28日上班).
 */
public record Holiday(String name, List<LocalDate> daysOff, List<LocalDate> makeUpWorkdays) {

	public Holiday {
		daysOff = List.copyOf(daysOff);
		makeUpWorkdays = List.copyOf(makeUpWorkdays);
	}
}
