package sunshine.notify;

import java.util.LinkedHashMap;

/** 短信: the message's text and its parameters to the SMS platform, with the step's template id. */
public class SmsChannel implements NotificationChannel {

	private final SmsGateway gateway;
	private final NotifySettings.Gateway settings;

	public SmsChannel(SmsGateway gateway, NotifySettings.Gateway settings) {
		this.gateway = gateway;
		this.settings = settings;
	}

	@Override
	public ChannelKind kind() {
		return ChannelKind.SMS;
	}

	@Override
	public void send(Message message) throws Exception {
		var parameters = new LinkedHashMap<String, String>();
		parameters.put("trackingCode", message.trackingCode());
		parameters.put("title", message.title());
		gateway.send(message.recipient(), settings.templateFor(message.step()), parameters, message.body());
	}
}
