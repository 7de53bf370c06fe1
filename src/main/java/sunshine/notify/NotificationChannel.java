package sunshine.notify;

/** One way of telling the citizen. {@link #send} throws when the message did not go out. */
public interface NotificationChannel {

	ChannelKind kind();

	void send(Message message) throws Exception;

	/**
	 * What is sent.
	 *
	 * @param recipient the e-mail address, phone number or WeChat OpenID ({@code null} for the log)
	 * @param step the step told about
	 * @param trackingCode the case's tracking code
	 * @param title the subject line
	 * @param body the text
	 */
	record Message(long id, String recipient, NotificationStep step, String trackingCode, String title, String body) {
	}
}
