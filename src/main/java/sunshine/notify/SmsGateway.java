package sunshine.notify;

import java.util.Map;

/**
 * An SMS platform (短信平台): sends one templated text to one phone. The platforms common in China
 * (阿里云、腾讯云 and the operators' 政企 gateways) all take a signature, a template id and the template's
 * parameters; {@link HttpSmsGateway} is the JSON-over-HTTP adapter.
 */
public interface SmsGateway {

	/** Sends; throws when the platform did not accept the message. */
	void send(String phone, String templateId, Map<String, String> parameters, String text) throws Exception;
}
