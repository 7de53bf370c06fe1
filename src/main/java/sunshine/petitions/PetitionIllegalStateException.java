package sunshine.petitions;

/** An action the petition's current state does not allow; the message key says which rule refused it. */
public class PetitionIllegalStateException extends IllegalStateException {

	private final String messageKey;

	public PetitionIllegalStateException(String messageKey, String detail) {
		super(detail);
		this.messageKey = messageKey;
	}

	/** The bundle key of the Chinese explanation ({@code petitions.error.…}). */
	public String messageKey() {
		return messageKey;
	}
}
