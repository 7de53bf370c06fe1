package sunshine.calendar;

import sunshine.shared.AuditableEvent;

/**
 * A year's holiday schedule was loaded or replaced; open deadlines that touch the year must be
 * computed again.
 */
public record CalendarYearReplaced(int year, int daysOff, int makeUpWorkdays, String notice) implements AuditableEvent {

	@Override
	public String action() {
		return "calendar.year.replaced";
	}

	@Override
	public String subject() {
		return "calendar:" + year;
	}

	@Override
	public String detail() {
		return "off=" + daysOff + " workdays=" + makeUpWorkdays + " notice=" + (notice == null ? "" : notice);
	}
}
