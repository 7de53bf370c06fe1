package sunshine.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 仅记录: writes the message to the application log (the recipient masked) and counts as delivered. The
 * default for every channel not switched on, so a deployment without a mail server or SMS contract still
 * records what the citizen would have been told.
 */
public class LogChannel implements NotificationChannel {

	private static final Logger log = LoggerFactory.getLogger(LogChannel.class);

	private final ChannelKind standsFor;

	public LogChannel(ChannelKind standsFor) {
		this.standsFor = standsFor;
	}

	@Override
	public ChannelKind kind() {
		return standsFor;
	}

	@Override
	public void send(Message message) {
		log.info("Notification {} ({} not switched on, logged only) {} {}: {}", message.id(), standsFor,
				message.trackingCode(), message.step(), message.title());
	}
}
