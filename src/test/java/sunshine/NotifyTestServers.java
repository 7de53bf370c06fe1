package sunshine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;

/**
 * The outside world of notifications, in the test JVM: a real SMTP server (GreenMail) and one HTTP server
 * standing in for the SMS platform ({@code /sms}) and WeChat ({@code /wechat}). Started once per run, on
 * free ports, and wired into the one application context: e-mail, SMS and WeChat switched on and pointed
 * at them.
 */
public class NotifyTestServers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String SMS_KEY = "test-sms-key";
	public static final String WECHAT_TOKEN = "test-wechat-token";
	public static final String SMS_TEMPLATE = "SMS_100001";
	public static final String SMS_ACCEPTED_TEMPLATE = "SMS_100002";
	public static final String WECHAT_TEMPLATE = "WX-TPL-PROGRESS";

	private static GreenMail mail;
	private static Gateways gateways;

	/** The SMTP server every e-mail of the test context goes to. */
	public static synchronized GreenMail mail() {
		if (mail == null) {
			mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			mail.start();
		}
		return mail;
	}

	/** The SMS and WeChat platforms. */
	public static synchronized Gateways gateways() {
		if (gateways == null) {
			gateways = new Gateways();
			gateways.up();
		}
		return gateways;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		int smtp = mail().getSmtp().getPort();
		int http = gateways().port();
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("notify-test-servers", Map.ofEntries(
				Map.entry("spring.mail.host", "127.0.0.1"), Map.entry("spring.mail.port", String.valueOf(smtp)),
				Map.entry("sunshine.notify.email.enabled", "true"),
				Map.entry("sunshine.notify.sms.enabled", "true"),
				Map.entry("sunshine.notify.sms.endpoint", "http://127.0.0.1:" + http + "/sms"),
				Map.entry("sunshine.notify.sms.key", SMS_KEY),
				Map.entry("sunshine.notify.sms.sign", "【阳光政务】"),
				Map.entry("sunshine.notify.sms.template-id", SMS_TEMPLATE),
				Map.entry("sunshine.notify.sms.template-ids.PETITION_ACCEPTED", SMS_ACCEPTED_TEMPLATE),
				Map.entry("sunshine.notify.sms.timeout", "PT3S"),
				Map.entry("sunshine.notify.wechat.enabled", "true"),
				Map.entry("sunshine.notify.wechat.endpoint", "http://127.0.0.1:" + http + "/wechat"),
				Map.entry("sunshine.notify.wechat.key", WECHAT_TOKEN),
				Map.entry("sunshine.notify.wechat.template-id", WECHAT_TEMPLATE),
				Map.entry("sunshine.notify.wechat.timeout", "PT3S"))));
	}

	/** What a platform received. */
	public record Received(String path, String query, String authorization, String body) {
	}

	/** The SMS and WeChat platforms on one port; {@link #down()} closes the port, {@link #up()} opens it again. */
	public static final class Gateways {

		private final List<Received> received = new CopyOnWriteArrayList<>();
		private HttpServer server;
		private int port;

		public synchronized void up() {
			if (server != null) {
				return;
			}
			try {
				server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			server.createContext("/", exchange -> {
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				String path = exchange.getRequestURI().getPath();
				received.add(new Received(path, exchange.getRequestURI().getRawQuery(),
						exchange.getRequestHeaders().getFirst("Authorization"), body));
				byte[] answer = (path.startsWith("/wechat") ? "{\"errcode\":0,\"errmsg\":\"ok\"}"
						: "{\"code\":\"OK\",\"message\":\"OK\"}").getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, answer.length);
				exchange.getResponseBody().write(answer);
				exchange.close();
			});
			server.start();
			port = server.getAddress().getPort();
		}

		public synchronized void down() {
			if (server != null) {
				server.stop(0);
				server = null;
			}
		}

		public int port() {
			return port;
		}

		/** Everything received whose body mentions the text (a tracking code). */
		public List<Received> mentioning(String text) {
			return received.stream().filter(r -> r.body().contains(text)).toList();
		}
	}
}
