package sunshine.disclosure;

import java.time.LocalDate;

import sunshine.calendar.ClockPlan;
import sunshine.calendar.Deadline;
import sunshine.calendar.TimeLimit;

/**
 * "同步解读、同步发布": 《国务院办公厅关于全面推进政务公开工作的意见》实施细则（国办发〔2016〕80号）
 * requires an important policy document and its interpretation to be prepared, reviewed and
 * published together. A document is flagged when no interpretation of it was published within the
 * allowed lag after the document was issued ({@code sunshine.disclosure.interpretation-lag-working-days},
 * working days on the Chinese calendar; 0 means the same day).
 */
public record InterpretationPolicy(int lagWorkingDays) {

	public InterpretationPolicy {
		if (lagWorkingDays < 0) {
			throw new IllegalArgumentException("The lag cannot be negative");
		}
	}

	/** The plan whose deadline is the last day an interpretation may appear for a document issued on {@code issuedOn}. */
	public ClockPlan planFor(LocalDate issuedOn) {
		return ClockPlan.startingOn(issuedOn, TimeLimit.workingDays(Math.max(lagWorkingDays, 1)));
	}

	/** Whether an interpretation first published on {@code interpretedOn} (null: none yet) is late, seen on {@code today}. */
	public boolean isLate(LocalDate issuedOn, LocalDate interpretedOn, Deadline deadline, LocalDate today) {
		LocalDate due = lagWorkingDays == 0 ? issuedOn : deadline.due();
		if (interpretedOn != null) {
			return interpretedOn.isAfter(due);
		}
		return today.isAfter(due);
	}
}
