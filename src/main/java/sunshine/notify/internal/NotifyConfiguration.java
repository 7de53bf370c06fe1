package sunshine.notify.internal;

import java.net.InetAddress;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

import sunshine.notify.ChannelKind;
import sunshine.notify.EmailChannel;
import sunshine.notify.HttpSmsGateway;
import sunshine.notify.HttpWechatGateway;
import sunshine.notify.LogChannel;
import sunshine.notify.NotificationChannel;
import sunshine.notify.NotificationDelivery;
import sunshine.notify.NotifySettings;
import sunshine.notify.SmsChannel;
import sunshine.notify.WechatChannel;
import sunshine.shared.EncryptedColumns;
import sunshine.shared.PersonalDataCipher;

/**
 * Picks each channel from the settings — the real one when switched on, else {@link LogChannel} — and
 * makes this node's {@link NotificationDelivery}.
 */
@Configuration(proxyBeanMethods = false)
class NotifyConfiguration {

	private static final Logger log = LoggerFactory.getLogger(NotifyConfiguration.class);

	@Bean
	NotificationDelivery notificationDelivery(JdbcClient jdbc, PersonalDataCipher cipher, Clock clock,
			NotifySettings settings, ObjectProvider<JavaMailSender> mail) {
		Map<ChannelKind, NotificationChannel> channels = new EnumMap<>(ChannelKind.class);
		for (ChannelKind kind : ChannelKind.values()) {
			channels.put(kind, new LogChannel(kind));
		}
		if (settings.email().enabled()) {
			JavaMailSender sender = mail.getIfAvailable();
			if (sender == null) {
				log.warn("sunshine.notify.email.enabled=true but spring.mail.host is not set: e-mails are only logged");
			}
			else {
				channels.put(ChannelKind.EMAIL, new EmailChannel(sender, settings.email().from()));
			}
		}
		if (settings.sms().enabled() && !settings.sms().endpoint().isBlank()) {
			channels.put(ChannelKind.SMS, new SmsChannel(new HttpSmsGateway(settings.sms()), settings.sms()));
		}
		if (settings.wechat().enabled() && !settings.wechat().endpoint().isBlank()) {
			channels.put(ChannelKind.WECHAT,
					new WechatChannel(new HttpWechatGateway(settings.wechat()), settings.wechat()));
		}
		log.info("Notification channels: e-mail {}, SMS {}, WeChat {}",
				channels.get(ChannelKind.EMAIL) instanceof LogChannel ? "log only" : "SMTP",
				channels.get(ChannelKind.SMS) instanceof LogChannel ? "log only" : settings.sms().endpoint(),
				channels.get(ChannelKind.WECHAT) instanceof LogChannel ? "log only" : settings.wechat().endpoint());
		return new NotificationDelivery(jdbc, cipher, channels, clock, settings, nodeName(settings));
	}

	@Bean
	EncryptedColumns notifySubscriptionColumns() {
		return new EncryptedColumns("notify_subscription", "id", List.of("email", "phone", "wechat"));
	}

	@Bean
	EncryptedColumns notificationColumns() {
		return new EncryptedColumns("notification", "id", List.of("recipient"));
	}

	static String nodeName(NotifySettings settings) {
		if (!settings.nodeName().isBlank()) {
			return settings.nodeName();
		}
		try {
			return InetAddress.getLocalHost().getHostName() + "-" + ProcessHandle.current().pid();
		}
		catch (Exception e) {
			return "node-" + ProcessHandle.current().pid();
		}
	}
}
