package sunshine.shared.workflow;

import java.util.List;

/**
 * An action that the case's state, a rule of law or the caller's role does not allow. The message key
 * names the Chinese explanation in the owning module's bundle; the web edge turns it into a 409 (JSON
 * problem) or a message on the page, never a server error.
 */
public class IllegalTransition extends IllegalStateException {

	private final String messageKey;
	private final List<Object> arguments;

	public IllegalTransition(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	/** The bundle key of the explanation, e.g. {@code petitions.error.extendedOnce}. */
	public String messageKey() {
		return messageKey;
	}

	/** The arguments of the explanation's placeholders. */
	public Object[] arguments() {
		return arguments.toArray();
	}
}
