package sunshine.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an editor enters for a register entry, checked field by field: {@link #problems()} names
 * each field that is wrong by a message key, so the form can show it again with the message.
 */
public record RegisterEntryDraft(RegisterKind kind, LocalDate occurredOn, LocalDate endedOn, String title,
		int quantity, long amountFen, boolean principalLeader, boolean fullTime, String personName) {

	/** A field and the message key that explains what is wrong with it. */
	public record Problem(String field, String messageKey) {
	}

	public List<Problem> problems() {
		var problems = new ArrayList<Problem>();
		if (kind == null) {
			problems.add(new Problem("kind", "disclosure.error.kind"));
			return problems;
		}
		if (occurredOn == null) {
			problems.add(new Problem("occurredOn", "disclosure.error.date"));
		}
		if (title == null || title.isBlank()) {
			problems.add(new Problem("title", "disclosure.error.title"));
		}
		if (kind.usesQuantity() && quantity < 0) {
			problems.add(new Problem("quantity", "disclosure.error.quantity"));
		}
		if (kind.usesAmount() && amountFen < 0) {
			problems.add(new Problem("amount", "disclosure.error.amount"));
		}
		if (kind == RegisterKind.STAFF && (personName == null || personName.isBlank())) {
			problems.add(new Problem("personName", "disclosure.error.personName"));
		}
		if (endedOn != null && occurredOn != null && endedOn.isBefore(occurredOn)) {
			problems.add(new Problem("endedOn", "disclosure.error.endBeforeStart"));
		}
		return problems;
	}
}
