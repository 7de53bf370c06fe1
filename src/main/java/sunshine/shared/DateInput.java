package sunshine.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A date someone typed or sent (ISO {@code 2026-03-01}), within the years Sunshine's records can
 * hold: 1900 to 2099. A date far outside ({@code -999999999-01-01}) would overflow the arithmetic
 * done on it (a year earlier, a deadline later) and is refused like a malformed one.
 */
public final class DateInput {

	public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
	public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

	private DateInput() {
	}

	/**
	 * @throws DateTimeParseException when the text is not an ISO date, or one outside {@link #EARLIEST}–{@link #LATEST}
	 */
	public static LocalDate parse(String text) {
		String trimmed = text == null ? "" : text.strip();
		LocalDate date = LocalDate.parse(trimmed);
		if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
			throw new DateTimeParseException("Date outside " + EARLIEST + " to " + LATEST, trimmed, 0);
		}
		return date;
	}
}
