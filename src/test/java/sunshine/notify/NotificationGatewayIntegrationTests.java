package sunshine.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import sunshine.MutableClock;
import sunshine.NotifyTestServers;
import sunshine.SunshineIntegrationTest;
import sunshine.shared.PersonalDataCipher;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMS and WeChat through their HTTP gateways, with a local HTTP server in the test JVM standing in for both
 * platforms: the JSON each platform expects, retries with a doubling back-off while the platform is down
 * (on the test clock), a step that commits although its channel failed, and two nodes polling the same
 * outbox at once without sending anything twice.
 */
@SunshineIntegrationTest
class NotificationGatewayIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	Notifications notifications;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	NotifySettings settings;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void platformsUp() {
		NotifyTestServers.gateways().up();
	}

	Map<String, Object> petition(String phone, Object notifyBy) {
		var body = new LinkedHashMap<String, Object>();
		body.put("agency", "640000-xfj");
		body.put("channel", "网上投诉");
		body.put("name", "短信甲");
		body.put("idNumber", "11010519491231002X");
		body.put("phone", phone);
		body.put("title", "告知测试：路灯不亮");
		body.put("content", "路灯不亮已有一周。");
		body.put("category", "URBAN_HOUSING");
		body.put("notifyBy", notifyBy);
		return body;
	}

	String submit(Map<String, Object> body) throws Exception {
		var response = mvc.perform(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(body))).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		return (String) JSON.readValue(response.getContentAsString(StandardCharsets.UTF_8), Map.class).get("trackingCode");
	}

	@Test
	void sendsAnSmsWithTheSignatureTemplateAndTrackingCodeAsThePlatformExpects() throws Exception {
		String code = submit(petition("13895000201", "SMS"));
		await(() -> !NotifyTestServers.gateways().mentioning(code).isEmpty(), Duration.ofSeconds(30));
		var received = NotifyTestServers.gateways().mentioning(code);
		assertThat(received).hasSize(1);
		var sms = received.get(0);
		assertThat(sms.path()).isEqualTo("/sms");
		assertThat(sms.authorization()).isEqualTo("Bearer " + NotifyTestServers.SMS_KEY);
		@SuppressWarnings("unchecked")
		Map<String, Object> json = JSON.readValue(sms.body(), Map.class);
		assertThat(json).containsEntry("phone", "13895000201").containsEntry("signName", "【阳光政务】")
				.containsEntry("templateId", NotifyTestServers.SMS_TEMPLATE);
		assertThat((String) json.get("content")).contains(code);
		assertThat(json.get("templateParam")).isEqualTo(Map.of("trackingCode", code,
				"title", "【宁夏回族自治区信访局】信访事项已登记（" + code + "）"));
	}

	@Test
	void sendsAWechatTemplateMessageToTheOpenIdWithTheAccessToken() throws Exception {
		var body = petition("13895000202", List.of("微信"));
		body.put("wechatOpenId", "oTest-OpenId-0001");
		String code = submit(body);
		await(() -> !NotifyTestServers.gateways().mentioning(code).isEmpty(), Duration.ofSeconds(30));
		var message = NotifyTestServers.gateways().mentioning(code).get(0);
		assertThat(message.path()).isEqualTo("/wechat");
		assertThat(message.query()).isEqualTo("access_token=" + NotifyTestServers.WECHAT_TOKEN);
		@SuppressWarnings("unchecked")
		Map<String, Object> json = JSON.readValue(message.body(), Map.class);
		assertThat(json).containsEntry("touser", "oTest-OpenId-0001").containsEntry("template_id",
				NotifyTestServers.WECHAT_TEMPLATE);
		assertThat(json.get("data").toString()).contains("keyword1", code);
	}

	@Test
	void retriesWithADoublingBackOffWhileThePlatformIsDownAndTheStepStaysCommitted() throws Exception {
		NotifyTestServers.gateways().down();
		String code = submit(petition("13895000203", "SMS"));
		// The step committed although its only channel fails: the petition is there.
		assertThat(jdbc.sql("select count(*) from petition where tracking_code = :c").param("c", code).query(Long.class)
				.single()).isEqualTo(1);
		String subject = "petition:" + code;
		await(() -> attempts(subject) >= 1, Duration.ofSeconds(30));
		// Without the clock moving, no further attempt: the next one waits first-retry (30 s of the test clock).
		Thread.sleep(settings.pollInterval().multipliedBy(2).toMillis());
		assertThat(attempts(subject)).isEqualTo(1);
		assertThat(gap(subject)).isEqualTo(settings.firstRetry());

		clock.advance(settings.firstRetry().plusSeconds(1));
		await(() -> attempts(subject) >= 2, Duration.ofSeconds(30));
		assertThat(gap(subject)).isEqualTo(settings.firstRetry().multipliedBy(2));
		assertThat(state(subject)).isEqualTo("PENDING");

		NotifyTestServers.gateways().up();
		clock.advance(settings.firstRetry().multipliedBy(2).plusSeconds(1));
		await(() -> "SENT".equals(state(subject)), Duration.ofSeconds(30));
		assertThat(NotifyTestServers.gateways().mentioning(code)).hasSize(1);
		var log = jdbc.sql("""
				select a.succeeded from notification_attempt a join notification n on n.id = a.notification_id
				where n.subject = :s order by a.id""").param("s", subject).query(Boolean.class).list();
		assertThat(log).containsExactly(false, false, true);
	}

	@Test
	void twoNodesPollingTheSameOutboxAtOnceSendEachMessageExactlyOnce() throws Exception {
		// Messages due only an hour ahead on the test clock: the application's own worker leaves them alone,
		// the two "nodes" below run an hour ahead and race for them.
		int count = 40;
		String batch = "N" + Long.toString(System.nanoTime(), 36).toUpperCase();
		var codes = new ArrayList<String>();
		transactions.executeWithoutResult(status -> {
			for (int i = 0; i < count; i++) {
				String code = batch + "-" + i;
				codes.add(code);
				String subject = "petition:" + code;
				notifications.subscribe(subject, 1L, new Contact(null, "1389500" + String.format("%04d", i), null,
						Set.of(ChannelKind.SMS)));
				notifications.notify(subject, agencyId(), code, NotificationStep.PETITION_ACCEPTED, LocalDate.now(clock), "");
			}
		});
		jdbc.sql("update notification set next_attempt_at = :later where tracking_code like :batch")
				.param("later", Timestamp.from(Instant.now(clock).plus(Duration.ofHours(1))))
				.param("batch", batch + "-%").update();

		Clock ahead = Clock.offset(clock, Duration.ofHours(2));
		var sms = new NotifySettings.Gateway(true, "http://127.0.0.1:" + NotifyTestServers.gateways().port() + "/sms",
				NotifyTestServers.SMS_KEY, "【阳光政务】", NotifyTestServers.SMS_TEMPLATE, Map.of(), Duration.ofSeconds(3));
		Map<ChannelKind, NotificationChannel> channels = Map.of(ChannelKind.SMS,
				new SmsChannel(new HttpSmsGateway(sms), sms));
		var nodeA = new NotificationDelivery(jdbc, cipher, channels, ahead, settings, "node-a");
		var nodeB = new NotificationDelivery(jdbc, cipher, channels, ahead, settings, "node-b");
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Integer>> nodes = List.of(() -> drain(nodeA, start), () -> drain(nodeB, start));
			var futures = nodes.stream().map(pool::submit).toList();
			start.countDown();
			int sent = 0;
			for (var future : futures) {
				sent += future.get();
			}
			assertThat(sent).isEqualTo(count);
		}
		finally {
			pool.shutdownNow();
		}
		for (String code : codes) {
			assertThat(NotifyTestServers.gateways().mentioning(code + "）")).as(code).hasSize(1);
		}
		assertThat(jdbc.sql("""
				select count(*) from notification_attempt a join notification n on n.id = a.notification_id
				where n.tracking_code like :batch""").param("batch", batch + "-%").query(Long.class).single())
				.isEqualTo(count);
		assertThat(jdbc.sql("select distinct state from notification where tracking_code like :batch")
				.param("batch", batch + "-%").query(String.class).list()).containsExactly("SENT");
	}

	static int drain(NotificationDelivery node, CountDownLatch start) throws InterruptedException {
		start.await();
		int sent = 0;
		for (int round = 0; round < 50; round++) {
			int now = node.deliverDue();
			sent += now;
			if (now == 0 && round > 3) {
				break;
			}
		}
		return sent;
	}

	long agencyId() {
		return jdbc.sql("select id from agency where code = '640000-xfj'").query(Long.class).single();
	}

	int attempts(String subject) {
		return jdbc.sql("select attempts from notification where subject = :s").param("s", subject).query(Integer.class)
				.single();
	}

	String state(String subject) {
		return jdbc.sql("select state from notification where subject = :s").param("s", subject).query(String.class)
				.single();
	}

	/** The wait before the next attempt: next_attempt_at minus the last attempt's time. */
	Duration gap(String subject) {
		Instant next = jdbc.sql("select next_attempt_at from notification where subject = :s").param("s", subject)
				.query(Timestamp.class).single().toInstant();
		Instant last = jdbc.sql("""
				select max(a.attempted_at) from notification_attempt a join notification n on n.id = a.notification_id
				where n.subject = :s""").param("s", subject).query(Timestamp.class).single().toInstant();
		return Duration.between(last, next);
	}

	static void await(BooleanSupplier condition, Duration within) throws InterruptedException {
		long until = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < until) {
			if (condition.getAsBoolean()) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Not within " + within);
	}
}
