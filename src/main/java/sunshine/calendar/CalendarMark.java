package sunshine.calendar;

import java.time.LocalDate;

/** One day that a holiday notice marks, with the holiday it belongs to (e.g. 春节). */
public record CalendarMark(LocalDate day, DayKind kind, String holiday) {
}
