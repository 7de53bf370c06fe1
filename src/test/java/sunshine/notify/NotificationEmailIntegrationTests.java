package sunshine.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.mail.internet.MimeMessage;
import sunshine.NotifyTestServers;
import sunshine.SunshineIntegrationTest;
import sunshine.agency.StaffUser;
import sunshine.petitions.PetitionManagement;
import sunshine.requests.DisclosureRequestManagement;
import tools.jackson.databind.json.JsonMapper;

/**
 * E-mail over SMTP with a real server in the test JVM (GreenMail): an application submitted on the portal
 * form or through the API with an e-mail address, and a petition whose citizen chose e-mail, are told of
 * their registration and of later steps by mails that carry the tracking code — delivered by the
 * application's own scheduled worker, within the 30 seconds promised. The address is stored encrypted;
 * staff see the delivery state on the case page.
 */
@SunshineIntegrationTest
class NotificationEmailIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** 640102198001011232: a valid resident identity number (GB 11643 check character 2). */
	static final String ID = "640102198001011232";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DisclosureRequestManagement requests;

	@Autowired
	PetitionManagement petitions;

	static String address(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
	}

	@Test
	void anApplicationOnThePortalFormWithAnEmailAddressIsAcknowledgedByMailWithItsTrackingCode() throws Exception {
		String email = address("form");
		var result = mvc.perform(post("/requests/apply").param("agency", "640000-xfj")
				.param("applicantType", "NATURAL_PERSON").param("name", "邮件甲").param("idNumber", ID)
				.param("phone", "13895000101").param("address", "银川市兴庆区").param("email", email)
				.param("description", "告知测试：某年度信访工作报告").param("delivery", "EMAIL").with(csrf())).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/requests/apply/done");
		var submission = (DisclosureRequestManagement.Submission) result.getFlashMap().get("submission");

		List<String> mails = mailsTo(email, 1, Duration.ofSeconds(30));
		assertThat(mails.get(0)).contains(submission.trackingCode(), "登记");
		// the raw message too shows the code as typed (8-bit text, not base64), whatever reads it
		var raw = java.util.Arrays.stream(NotifyTestServers.mail().getReceivedMessages())
				.map(com.icegreen.greenmail.util.GreenMailUtil::getWholeMessage)
				.filter(m -> m.contains("To: " + email)).findFirst().orElseThrow();
		assertThat(raw).contains("X-Sunshine-Tracking-Code: " + submission.trackingCode());
		String afterHeaders = raw.substring(raw.indexOf("\n", raw.indexOf("X-Sunshine-Tracking-Code")));
		assertThat(afterHeaders).as("the text, below the headers").contains(submission.trackingCode());
	}

	@Test
	void anApplicationThroughTheApiIsToldOfEachStepByMail() throws Exception {
		String email = address("api");
		var body = new LinkedHashMap<String, Object>();
		body.put("agency", "640000-xfj");
		body.put("applicantType", "自然人");
		body.put("name", "邮件乙");
		body.put("idNumber", ID);
		body.put("phone", "13895000102");
		body.put("email", email);
		body.put("description", "告知测试：某信访事项的办理结果");
		body.put("delivery", "电子邮件");
		String answer = mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(body))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String code = (String) JSON.readValue(answer, Map.class).get("trackingCode");
		assertThat(code).startsWith("GK-");
		assertThat(mailsTo(email, 1, Duration.ofSeconds(30)).get(0)).contains(code);

		var registrar = (StaffUser) users.loadUserByUsername("registrar");
		long id = jdbc.sql("select id from disclosure_request where tracking_code = :code").param("code", code)
				.query(Long.class).single();
		requests.accept(registrar, id, null);
		List<String> both = mailsTo(email, 2, Duration.ofSeconds(30));
		assertThat(both).allMatch(text -> text.contains(code));
		assertThat(both.get(1)).contains("受理");

		// The address is personal data: only its ciphertext is stored, in the subscription and in the outbox.
		String stored = jdbc.sql("select email from notify_subscription where subject = :s").param("s", "request:" + code)
				.query(String.class).single();
		assertThat(stored).isNotBlank().doesNotContain(email).doesNotContain("@");
		assertThat(jdbc.sql("select recipient from notification where subject = :s").param("s", "request:" + code)
				.query(String.class).list()).isNotEmpty().noneMatch(r -> r.contains("@"));

		// Staff see each message's state, in Chinese, on the case page.
		allSent(jdbc, "request:" + code);
		String page = mvc.perform(get("/console/requests/{id}", id).with(user(registrar))).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("告知记录", "申请登记", "受理", "电子邮件", "已送达").doesNotContain(email);
	}

	@Test
	void aPetitionerWhoChoseEmailIsToldOfRegistrationAndAcceptance() throws Exception {
		String email = address("petition");
		var body = new LinkedHashMap<String, Object>();
		body.put("agency", "640000-xfj");
		body.put("channel", "网上投诉");
		body.put("name", "邮件丙");
		body.put("idNumber", "11010519491231002X");
		body.put("phone", "13895000103");
		body.put("title", "告知测试：楼道灯损坏");
		body.put("content", "小区楼道灯损坏已有一月。");
		body.put("category", "URBAN_HOUSING");
		body.put("email", email);
		body.put("notifyBy", List.of("EMAIL"));
		String answer = mvc.perform(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(body))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String code = (String) JSON.readValue(answer, Map.class).get("trackingCode");
		assertThat(code).startsWith("XF");
		assertThat(mailsTo(email, 1, Duration.ofSeconds(30)).get(0)).contains(code);

		var registrar = (StaffUser) users.loadUserByUsername("registrar");
		long id = jdbc.sql("select id from petition where tracking_code = :code").param("code", code).query(Long.class)
				.single();
		petitions.accept(id, registrar);
		List<String> both = mailsTo(email, 2, Duration.ofSeconds(30));
		assertThat(both.get(1)).contains(code, "受理");

		allSent(jdbc, "petition:" + code);
		String page = mvc.perform(get("/console/petitions/{id}", id).with(user(registrar))).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("告知记录", "信访事项登记", "受理告知", "已送达");
	}

	@Test
	void aBadEmailAddressOnThePetitionFormIsRefusedInChinese() throws Exception {
		var body = new LinkedHashMap<String, Object>();
		body.put("agency", "640000-xfj");
		body.put("channel", "网上投诉");
		body.put("name", "邮件丁");
		body.put("idNumber", "11010519491231002X");
		body.put("phone", "13895000104");
		body.put("title", "告知测试");
		body.put("content", "内容");
		body.put("category", "URBAN_HOUSING");
		body.put("email", "不是邮箱");
		var response = mvc.perform(post("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(body))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("email", "电子邮箱格式不正确");
	}

	/** Waits until every message of the case is marked sent (the mail arrives just before the row is updated). */
	static void allSent(JdbcClient jdbc, String subject) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < until) {
			if (jdbc.sql("select count(*) from notification where subject = :s and state <> 'SENT'").param("s", subject)
					.query(Long.class).single() == 0) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Messages of " + subject + " not all sent");
	}

	/** The texts of the mails to an address, oldest first, once there are at least {@code count}. */
	static List<String> mailsTo(String address, int count, Duration within) throws Exception {
		Supplier<List<String>> texts = () -> {
			var found = new ArrayList<String>();
			for (MimeMessage message : NotifyTestServers.mail().getReceivedMessages()) {
				try {
					if (message.getAllRecipients() != null && message.getAllRecipients()[0].toString().equals(address)) {
						found.add(message.getSubject() + "\n" + message.getContent());
					}
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}
			return found;
		};
		long until = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < until) {
			var found = texts.get();
			if (found.size() >= count) {
				return found;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("Fewer than " + count + " mails to " + address + " within " + within + ": " + texts.get());
	}
}
