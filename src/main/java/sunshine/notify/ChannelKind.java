package sunshine.notify;

import java.util.Arrays;
import java.util.Optional;

/** How a citizen is told; labels are {@code notify.channel.<NAME>}. */
public enum ChannelKind {

	/** 电子邮件 over SMTP. */
	EMAIL,
	/** 短信 to the phone given on the form, through the SMS platform's HTTP gateway. */
	SMS,
	/** 微信模板消息 to the citizen's WeChat OpenID, through the WeChat gateway. */
	WECHAT,
	/** 仅记录: written to the application log only — the default, and what a channel not switched on falls back to. */
	LOG;

	/** By name, case-insensitive, or by Chinese label (邮件, 电子邮件, 短信, 微信). */
	public static Optional<ChannelKind> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.strip();
		return switch (t) {
			case "邮件", "电子邮件", "e-mail", "mail" -> Optional.of(EMAIL);
			case "短信", "手机短信" -> Optional.of(SMS);
			case "微信" -> Optional.of(WECHAT);
			default -> Arrays.stream(values()).filter(c -> c != LOG && c.name().equalsIgnoreCase(t)).findFirst();
		};
	}
}
