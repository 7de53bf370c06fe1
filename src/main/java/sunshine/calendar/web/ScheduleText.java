package sunshine.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import sunshine.calendar.CalendarProblem;
import sunshine.calendar.Holiday;
import sunshine.calendar.YearSchedule;

/**
 * A year's holidays as an administrator types them from the State Council notice, one holiday a
 * line: {@code 名称 | 放假日期 | 调休上班日期}, dates as {@code 2027-02-06..2027-02-13} ranges or
 * lists separated by commas, e.g. {@code 春节 | 2027-02-06..2027-02-13 | 2027-02-14, 2027-02-20}.
 */
final class ScheduleText {

	private static final Pattern SEPARATORS = Pattern.compile("[,，、;；\\s]+");
	private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s*(?:\\.\\.|~|～|至)\\s*(\\d{4}-\\d{2}-\\d{2})");

	record Parsed(List<Holiday> holidays, List<CalendarProblem> problems) {
	}

	private ScheduleText() {
	}

	static String format(YearSchedule schedule) {
		var text = new StringBuilder();
		for (Holiday holiday : schedule.holidays()) {
			text.append(holiday.name()).append(" | ").append(days(holiday.daysOff())).append(" | ")
					.append(days(holiday.makeUpWorkdays())).append('\n');
		}
		return text.toString();
	}

	private static String days(List<LocalDate> days) {
		if (days.isEmpty()) {
			return "";
		}
		boolean contiguous = true;
		for (int i = 1; i < days.size(); i++) {
			contiguous &= days.get(i).equals(days.get(i - 1).plusDays(1));
		}
		if (contiguous && days.size() > 1) {
			return days.get(0) + ".." + days.get(days.size() - 1);
		}
		return String.join(", ", days.stream().map(LocalDate::toString).toList());
	}

	static Parsed parse(String text) {
		var holidays = new ArrayList<Holiday>();
		var problems = new ArrayList<CalendarProblem>();
		String[] lines = text == null ? new String[0] : text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split("[|｜]", -1);
			if (parts.length < 2 || parts.length > 3) {
				problems.add(new CalendarProblem("calendar.problem.lineFormat", i + 1));
				continue;
			}
			try {
				List<LocalDate> off = dates(parts[1]);
				List<LocalDate> work = parts.length == 3 ? dates(parts[2]) : List.of();
				holidays.add(new Holiday(parts[0].strip(), off, work));
			}
			catch (DateTimeParseException | IllegalArgumentException e) {
				problems.add(new CalendarProblem("calendar.problem.lineDates", i + 1));
			}
		}
		if (holidays.isEmpty() && problems.isEmpty()) {
			problems.add(new CalendarProblem("calendar.problem.empty"));
		}
		return new Parsed(holidays, problems);
	}

	private static List<LocalDate> dates(String field) {
		var days = new ArrayList<LocalDate>();
		var matcher = RANGE.matcher(field);
		String rest = field;
		while (matcher.find()) {
			LocalDate first = LocalDate.parse(matcher.group(1));
			LocalDate last = LocalDate.parse(matcher.group(2));
			if (last.isBefore(first) || last.toEpochDay() - first.toEpochDay() > 31) {
				throw new IllegalArgumentException("range");
			}
			for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
				days.add(day);
			}
			rest = rest.replace(matcher.group(), " ");
		}
		for (String token : SEPARATORS.split(rest.strip())) {
			if (!token.isBlank()) {
				days.add(LocalDate.parse(token));
			}
		}
		return days;
	}
}
