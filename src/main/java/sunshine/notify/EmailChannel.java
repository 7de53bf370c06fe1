package sunshine.notify;

import java.nio.charset.StandardCharsets;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * 电子邮件: a plain-text UTF-8 message through Spring's {@link JavaMailSender} ({@code spring.mail.*}). The text
 * goes as 8-bit UTF-8, not base64, so the tracking code stands in the message as typed (also in the header
 * {@code X-Sunshine-Tracking-Code}) for mail filters and for people reading the raw message.
 */
public class EmailChannel implements NotificationChannel {

	private final JavaMailSender mail;
	private final String from;

	public EmailChannel(JavaMailSender mail, String from) {
		this.mail = mail;
		this.from = from;
	}

	@Override
	public ChannelKind kind() {
		return ChannelKind.EMAIL;
	}

	@Override
	public void send(Message message) throws Exception {
		var mime = mail.createMimeMessage();
		var helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(message.recipient());
		helper.setSubject(message.title());
		helper.setText(message.body(), false);
		mime.setHeader("Content-Transfer-Encoding", "8bit");
		mime.setHeader("X-Sunshine-Tracking-Code", message.trackingCode());
		mail.send(mime);
	}
}
