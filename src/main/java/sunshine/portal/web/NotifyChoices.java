package sunshine.portal.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import sunshine.notify.Contact;

/**
 * How the citizen asked to be told, read from a public form or JSON body. A form that offered the choice
 * sends {@code notifyChoice=1}: its ticked boxes ({@code notifyBy=EMAIL}, {@code SMS}) are then taken as
 * they are, none ticked meaning none. Without the marker (an older or hand-made form, or a JSON body without
 * {@code notifyBy}), an e-mail address given means: tell me by e-mail.
 */
final class NotifyChoices {

	private NotifyChoices() {
	}

	static Contact fromForm(String email, String phone, String offered, List<String> notifyBy) {
		if ("1".equals(offered)) {
			return Contact.chosen(email, phone, null, notifyBy == null || notifyBy.isEmpty() ? List.of("-") : notifyBy);
		}
		return Contact.chosen(email, phone, null, notifyBy);
	}

	/** {@code notifyBy} as a string (EMAIL,SMS) or an array of strings; {@code wechatOpenId} optional. */
	static Contact fromJson(Map<String, Object> body, String email, String phone) {
		Object raw = body.get("notifyBy");
		List<String> kinds = null;
		if (raw instanceof String text) {
			kinds = List.of(text.isBlank() ? "-" : text);
		}
		else if (raw instanceof Collection<?> items) {
			kinds = new ArrayList<>();
			for (Object item : items) {
				kinds.add(String.valueOf(item));
			}
			if (kinds.isEmpty()) {
				kinds.add("-");
			}
		}
		Object openId = body.get("wechatOpenId");
		return Contact.chosen(email, phone, openId instanceof String id ? id : null, kinds);
	}
}
