package sunshine.petitions;

import java.time.LocalDate;

import sunshine.calendar.Deadline;

/**
 * A deadline of the petition workflow with its legal basis.
 *
 * @param due the last day
 * @param deadline the calendar's computation, with its derivation
 * @param basisKey message key of the statute and article it rests on ({@code petitions.basis.…})
 */
public record LegalDeadline(LocalDate due, Deadline deadline, String basisKey) {
}
