package sunshine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The State Council's holiday schedules 2017–2026 as the project's reference gives them
 * ({@code src/test/resources/reference/cn-holidays.json}, a copy of {@code shared/reference/cn-holidays.json}
 * with its notes in {@code cn-holidays.md}), read without any of Sunshine's calendar code: an oracle for
 * the tests. The rule is the reference's own: a day is a working day when it is a listed weekend
 * workday (调休上班), or a Monday to Friday that is not listed off. Years the reference does not list
 * (before 2017, from 2027) have weekends only.
 */
public final class ReferenceCalendar {

	private static final Set<LocalDate> OFF = new TreeSet<>();
	private static final Set<LocalDate> WORKDAYS = new TreeSet<>();
	private static final Map<Integer, Boolean> YEARS = new TreeMap<>();

	static {
		try (InputStream in = ReferenceCalendar.class.getResourceAsStream("/reference/cn-holidays.json")) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			for (Map.Entry<String, JsonNode> year : root.properties()) {
				YEARS.put(Integer.parseInt(year.getKey()), true);
				year.getValue().get("off").forEach(day -> OFF.add(LocalDate.parse(day.asString())));
				year.getValue().get("workdays").forEach(day -> WORKDAYS.add(LocalDate.parse(day.asString())));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private ReferenceCalendar() {
	}

	public static boolean isWorkingDay(LocalDate day) {
		if (WORKDAYS.contains(day)) {
			return true;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !OFF.contains(day);
	}

	/** Whether the reference lists the year's schedule (2017–2026). */
	public static boolean covers(int year) {
		return YEARS.containsKey(year);
	}

	/** The day itself when it is a working day, else the first working day after it. */
	public static LocalDate onOrNextWorkingDay(LocalDate day) {
		LocalDate d = day;
		while (!isWorkingDay(d)) {
			d = d.plusDays(1);
		}
		return d;
	}

	/** {@code days} calendar days after {@code from}, moved to the next working day when that is a day off. */
	public static LocalDate calendarDaysLater(LocalDate from, int days) {
		return onOrNextWorkingDay(from.plusDays(days));
	}

	/** The {@code days}-th working day after {@code from} (the day itself not counted). */
	public static LocalDate workingDaysLater(LocalDate from, int days) {
		LocalDate d = from;
		for (int counted = 0; counted < days;) {
			d = d.plusDays(1);
			if (isWorkingDay(d)) {
				counted++;
			}
		}
		return d;
	}

	/** Every date the reference lists, off or working: the days around which deadlines move. */
	public static Set<LocalDate> listedDays() {
		Set<LocalDate> days = new TreeSet<>(OFF);
		days.addAll(WORKDAYS);
		return days;
	}

	public static Set<LocalDate> weekendWorkdays() {
		return new TreeSet<>(WORKDAYS);
	}
}
