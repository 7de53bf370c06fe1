package sunshine.notify;

import java.util.LinkedHashMap;

/**
 * 微信模板消息: {@code first} the title, {@code keyword1} the tracking code, {@code remark} the text — the
 * fields of the usual 办件进度通知 template.
 */
public class WechatChannel implements NotificationChannel {

	private final WechatGateway gateway;
	private final NotifySettings.Gateway settings;

	public WechatChannel(WechatGateway gateway, NotifySettings.Gateway settings) {
		this.gateway = gateway;
		this.settings = settings;
	}

	@Override
	public ChannelKind kind() {
		return ChannelKind.WECHAT;
	}

	@Override
	public void send(Message message) throws Exception {
		var fields = new LinkedHashMap<String, String>();
		fields.put("first", message.title());
		fields.put("keyword1", message.trackingCode());
		fields.put("remark", message.body());
		gateway.send(message.recipient(), settings.templateFor(message.step()), fields);
	}
}
