package sunshine.notify;

import java.util.EnumSet;
import java.util.Set;

/**
 * How the citizen asked to be told: an e-mail address, the phone for SMS, a WeChat OpenID, and the
 * channels chosen. Personal data: stored only encrypted ({@code notify_subscription}).
 */
public record Contact(String email, String phone, String wechatOpenId, Set<ChannelKind> channels) {

	public Contact {
		email = blank(email) ? null : email.strip();
		phone = blank(phone) ? null : phone.strip();
		wechatOpenId = blank(wechatOpenId) ? null : wechatOpenId.strip();
		var usable = EnumSet.noneOf(ChannelKind.class);
		for (ChannelKind kind : channels == null ? Set.<ChannelKind>of() : channels) {
			if ((kind == ChannelKind.EMAIL && email != null) || (kind == ChannelKind.SMS && phone != null)
					|| (kind == ChannelKind.WECHAT && wechatOpenId != null)) {
				usable.add(kind);
			}
		}
		channels = Set.copyOf(usable);
	}

	/** Nobody to tell: the steps are then only logged. */
	public static final Contact NONE = new Contact(null, null, null, Set.of());

	/**
	 * The citizen's choice from a form or JSON body: {@code notifyBy} lists channels (EMAIL, SMS, WECHAT or
	 * 邮件, 短信, 微信, comma-separated or repeated); unknown names are ignored. With no choice at all, an
	 * e-mail address given means: tell me by e-mail.
	 */
	public static Contact chosen(String email, String phone, String wechatOpenId, java.util.Collection<String> notifyBy) {
		var kinds = EnumSet.noneOf(ChannelKind.class);
		boolean said = false;
		if (notifyBy != null) {
			for (String item : notifyBy) {
				if (item == null) {
					continue;
				}
				for (String part : item.split("[,，、\\s]+")) {
					if (!part.isBlank()) {
						said = true;
						ChannelKind.parse(part).ifPresent(kinds::add);
					}
				}
			}
		}
		if (!said && !blank(email)) {
			kinds.add(ChannelKind.EMAIL);
		}
		if (!said && !blank(wechatOpenId)) {
			kinds.add(ChannelKind.WECHAT);
		}
		return new Contact(email, phone, wechatOpenId, kinds);
	}

	/** Where the message of this channel goes; {@code null} for the log. */
	public String addressFor(ChannelKind kind) {
		return switch (kind) {
			case EMAIL -> email;
			case SMS -> phone;
			case WECHAT -> wechatOpenId;
			case LOG -> null;
		};
	}

	/** The longest e-mail address (RFC 5321). */
	public static final int EMAIL_MAX = 254;

	private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern
			.compile("[^@\\s]{1,64}@[^@\\s]{1,200}\\.[A-Za-z]{2,}");

	/** Whether an e-mail address (blank counts as none, so valid) can be used. */
	public static boolean validEmail(String email) {
		return blank(email) || (email.strip().length() <= EMAIL_MAX && EMAIL.matcher(email.strip()).matches());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
