package sunshine.requests;

import sunshine.calendar.Deadline;

/**
 * Computes a request's answer deadline from its recorded facts ({@link AnswerClock}) on the
 * working-day calendar; the aggregate asks it after every change that moves the clock.
 */
public interface DueDates {

	Deadline deadlineOf(DisclosureRequest request);

	/** The derivation as stored beside the due date (Chinese, one step a line). */
	default String describe(Deadline deadline) {
		return "";
	}
}
