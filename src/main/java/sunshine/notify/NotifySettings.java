package sunshine.notify;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings ({@code sunshine.notify.*}); the SMTP server itself is Spring Boot's
 * {@code spring.mail.*}.
 *
 * @param pollInterval how often each node's worker looks for due messages
 * @param firstRetry the wait after the first failed attempt; each further failure doubles it
 * @param maxRetry the longest wait between two attempts
 * @param maxAttempts attempts before a message is given up (状态 发送失败)
 * @param claimFor how long a node holds a message it is sending before another node may take it over
 * @param batch messages a worker claims in one round
 * @param nodeName this node's name in the attempt records (default: the host name)
 * @param email {@code enabled} (default false: e-mails are only logged) and the sender address {@code from}
 * @param sms the SMS platform's gateway
 * @param wechat the WeChat template-message gateway
 */
@ConfigurationProperties("sunshine.notify")
public record NotifySettings(@DefaultValue("PT3S") Duration pollInterval, @DefaultValue("PT30S") Duration firstRetry,
		@DefaultValue("PT6H") Duration maxRetry, @DefaultValue("8") int maxAttempts,
		@DefaultValue("PT2M") Duration claimFor, @DefaultValue("20") int batch, @DefaultValue("") String nodeName,
		@DefaultValue Email email, @DefaultValue Gateway sms, @DefaultValue Gateway wechat) {

	/** E-mail: off by default (messages go to the log); {@code from} is the sender address. */
	public record Email(@DefaultValue("false") boolean enabled, @DefaultValue("noreply@sunshine.local") String from) {
	}

	/**
	 * An HTTP gateway (SMS platform or WeChat): off by default.
	 *
	 * @param endpoint the URL messages are POSTed to as JSON
	 * @param key the API key (SMS: sent as {@code Authorization: Bearer}; WeChat: the access token, sent
	 *        as the {@code access_token} query parameter as the WeChat API expects)
	 * @param sign the SMS signature (短信签名), e.g. 【阳光政务】; unused by WeChat
	 * @param templateId the platform's template id used for every step without its own
	 * @param templateIds per step ({@link NotificationStep} name) the platform's template id
	 * @param timeout connect and read timeout
	 */
	public record Gateway(@DefaultValue("false") boolean enabled, @DefaultValue("") String endpoint,
			@DefaultValue("") String key, @DefaultValue("") String sign, @DefaultValue("") String templateId,
			Map<String, String> templateIds, @DefaultValue("PT10S") Duration timeout) {

		public Gateway {
			templateIds = templateIds == null ? Map.of() : Map.copyOf(templateIds);
		}

		/** The platform's template id for a step. */
		public String templateFor(NotificationStep step) {
			return templateIds.getOrDefault(step.name(), templateId);
		}
	}

	/** The wait before attempt {@code attempt + 1} after {@code attempt} failures: firstRetry × 2^(attempt−1), capped. */
	public Duration backOff(int attempt) {
		Duration wait = firstRetry;
		for (int i = 1; i < attempt && wait.compareTo(maxRetry) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
	}
}
