package sunshine.disclosure;

import java.util.List;

/** A register entry that cannot be recorded; {@link #problems()} names each wrong field. */
public class InvalidRegisterEntryException extends IllegalArgumentException {

	private final List<RegisterEntryDraft.Problem> problems;

	public InvalidRegisterEntryException(List<RegisterEntryDraft.Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public List<RegisterEntryDraft.Problem> problems() {
		return problems;
	}
}
