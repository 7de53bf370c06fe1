package sunshine.calendar;

import java.util.List;

/** A holiday schedule was refused; each problem is a message of the bundles. */
public class InvalidScheduleException extends RuntimeException {

	private final List<CalendarProblem> problems;

	public InvalidScheduleException(List<CalendarProblem> problems) {
		super("Holiday schedule refused: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<CalendarProblem> problems() {
		return problems;
	}
}
