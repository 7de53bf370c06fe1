package sunshine.notify;

import java.util.Map;

/**
 * WeChat template messages (微信公众号模板消息): one message to one follower's OpenID with a template id
 * and the template's fields. {@link HttpWechatGateway} is the HTTP adapter of the
 * {@code message/template/send} API.
 */
public interface WechatGateway {

	/** Sends; throws when WeChat did not accept the message ({@code errcode} not 0). */
	void send(String openId, String templateId, Map<String, String> fields) throws Exception;
}
