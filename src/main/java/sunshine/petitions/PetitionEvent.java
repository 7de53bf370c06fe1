package sunshine.petitions;

import sunshine.shared.AuditableEvent;

/**
 * Something happened to a petition: it was submitted or registered, or one of the workflow's
 * actions was taken. Each is written to the audit log in the same transaction.
 *
 * @param petitionId the petition
 * @param trackingCode its tracking code (the subject in the audit log)
 * @param agencyId the agency that holds it
 * @param action the action, e.g. {@code accept}, {@code assign}, {@code sign} (recorded as {@code petitions.<action>})
 * @param step the workflow step it belongs to
 * @param note details worth keeping (no personal data)
 */
public record PetitionEvent(long petitionId, String trackingCode, long agencyId, String action, Step step, String note)
		implements AuditableEvent {

	@Override
	public String action() {
		return "petitions." + action;
	}

	/** The bare action name, without the module prefix. */
	public String verb() {
		return action;
	}

	@Override
	public String subject() {
		return trackingCode;
	}

	@Override
	public String detail() {
		return step.name() + (note == null || note.isBlank() ? "" : ": " + note);
	}
}
