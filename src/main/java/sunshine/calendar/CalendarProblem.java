package sunshine.calendar;

import java.util.List;

/** Why a holiday schedule cannot be loaded: a message key of the bundles and its arguments. */
public record CalendarProblem(String messageKey, List<Object> arguments) {

	public CalendarProblem(String messageKey, Object... arguments) {
		this(messageKey, List.of(arguments));
	}
}
