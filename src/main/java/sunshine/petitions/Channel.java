package sunshine.petitions;

import java.util.Arrays;
import java.util.Optional;

/** How a petition reached the agency (信访渠道). */
public enum Channel {

	/** 来信: a letter, registered by staff. */
	LETTER("来信", false),
	/** 来访: a visit, registered by staff; five or more people make it a group visit (集体访). */
	VISIT("来访", false),
	/** 网上投诉: the online complaint form of the portal. */
	ONLINE_COMPLAINT("网上投诉", true),
	/** 电话: a phone call, registered by staff. */
	PHONE("电话", false),
	/** 领导留言板: a message to a leader on the message board (人民网地方领导留言板 and the portal's own). */
	MESSAGE_BOARD("领导留言板", true),
	/** 手机/微信: the mobile app and the WeChat account. */
	MOBILE("手机/微信", true);

	private final String label;
	private final boolean online;

	Channel(String label, boolean online) {
		this.label = label;
		this.online = online;
	}

	/** The Chinese name used in forms, the JSON API and statistics. */
	public String label() {
		return label;
	}

	/** Whether the channel is one of the internet channels that count as 网上信访. */
	public boolean isOnline() {
		return online;
	}

	/** The channel by its Chinese name or its English constant. */
	public static Optional<Channel> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.strip();
		return Arrays.stream(values()).filter(c -> c.label.equals(t) || c.name().equalsIgnoreCase(t)).findFirst();
	}
}
