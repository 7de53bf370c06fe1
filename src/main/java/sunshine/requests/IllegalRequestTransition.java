package sunshine.requests;

/**
 * A verb the request's state or the law does not allow; {@link #messageKey()} names the Chinese
 * explanation in the {@code requests} bundle.
 */
public class IllegalRequestTransition extends IllegalStateException {

	private final String messageKey;

	public IllegalRequestTransition(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
