package sunshine.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sunshine.SunshineIntegrationTest;

/**
 * The public side under the anti-abuse gate as it ships: the challenge on, small limits. Each test
 * submits from its own address, so the limits of one do not touch another.
 */
@SunshineIntegrationTest
@TestPropertySource(properties = { "sunshine.abuse.challenge=on", "sunshine.abuse.difficulty-bits=12",
		"sunshine.abuse.submissions-per-ip-burst=3", "sunshine.abuse.submissions-per-ip-hour=20",
		"sunshine.abuse.submissions-per-phone-day=5", "sunshine.abuse.lookups-per-ip-minute=5",
		"sunshine.abuse.duplicate-window=10m" })
class AbuseProtectionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static String petition(String phone, String title) {
		return """
				{"agency":"640000-xfj","channel":"网上投诉","name":"张防刷","idNumber":"11010519491231002X","phone":"%s",
				 "address":"银川市兴庆区","title":"%s","content":"%s：路面破损多处，雨天积水严重，请尽快修复。","category":"URBAN_HOUSING"}
				""".formatted(phone, title, title);
	}

	private int submit(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	@Test
	void anAddressMayFileOnlyItsBurstOfPetitionsAMinute() throws Exception {
		for (int i = 1; i <= 3; i++) {
			assertThat(submit(post("/api/v1/petitions").with(from("10.9.1.1")).contentType(MediaType.APPLICATION_JSON)
					.content(petition("1390000100" + i, "道路破损第" + i + "处")))).isEqualTo(201);
		}
		var fourth = mvc.perform(post("/api/v1/petitions").with(from("10.9.1.1")).contentType(MediaType.APPLICATION_JSON)
				.content(petition("13900001004", "道路破损第4处"))).andReturn().getResponse();
		assertThat(fourth.getStatus()).isEqualTo(429);
		assertThat(fourth.getContentAsString(StandardCharsets.UTF_8)).contains("提交过于频繁");
	}

	@Test
	void theSameContentTwiceIsADuplicate() throws Exception {
		String body = petition("13900002001", "同一件事");
		assertThat(submit(post("/api/v1/petitions").with(from("10.9.2.1")).contentType(MediaType.APPLICATION_JSON)
				.content(body))).isEqualTo(201);
		var again = mvc.perform(post("/api/v1/petitions").with(from("10.9.2.2")).contentType(MediaType.APPLICATION_JSON)
				.content(body)).andReturn().getResponse();
		assertThat(again.getStatus()).isEqualTo(400);
		assertThat(again.getContentAsString(StandardCharsets.UTF_8)).contains("请勿重复提交");
	}

	@Test
	void aRetriedApplicationWithItsIdempotencyKeyIsFiledOnce() throws Exception {
		String body = """
				{"agency":"640000-xfj","applicantType":"自然人","name":"李重试","idNumber":"11010519491231002X",
				 "phone":"13900003001","address":"银川市","description":"重试测试：本局2023年信访事项办理情况"}""";
		String first = mvc.perform(post("/api/v1/requests").with(from("10.9.3.1")).header("Idempotency-Key", "retry-7f3a")
				.contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		var second = mvc.perform(post("/api/v1/requests").with(from("10.9.3.1")).header("Idempotency-Key", "retry-7f3a")
				.contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
		assertThat(second.getStatus()).isEqualTo(201);
		assertThat(second.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(first);
		String code = first.replaceAll(".*\"trackingCode\":\"([^\"]+)\".*", "$1");
		assertThat(jdbc.sql("select count(*) from disclosure_request where tracking_code = :c").param("c", code)
				.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void trackingLookupsAreLimitedSoCodesCannotBeTried() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(submit(get("/api/v1/petitions/track").param("code", "XF-2025-AAAAAAA" + i).param("queryCode", "BBBBBB")
					.with(from("10.9.4.1")))).isEqualTo(404);
		}
		assertThat(submit(get("/api/v1/petitions/track").param("code", "XF-2025-AAAAAAAZ").param("queryCode", "BBBBBB")
				.with(from("10.9.4.1")))).isEqualTo(429);
	}

	@Test
	void requestTrackingLookupsAreLimitedToo() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(submit(get("/api/v1/requests/track").param("code", "GK-2025-AAAAAAA" + i).param("queryCode", "BBBBBB")
					.with(from("10.9.4.2")))).isEqualTo(404);
		}
		assertThat(submit(get("/api/v1/requests/track").param("code", "GK-2025-AAAAAAAZ").param("queryCode", "BBBBBB")
				.with(from("10.9.4.2")))).isEqualTo(429);
		assertThat(submit(get("/api/v1/requests/track").param("code", "GK-2025-AAAAAAAZ").param("queryCode", "BBBBBB")
				.with(from("10.9.4.3")))).as("another address still gets an answer").isEqualTo(404);
	}

	@Test
	void aFormWithoutTheChallengeIsRefusedKeepingWhatWasTyped() throws Exception {
		String page = mvc.perform(multipart("/petitions/submit").with(from("10.9.5.1"))
				.param("agency", "640000-xfj").param("channel", "ONLINE_COMPLAINT").param("category", "URBAN_HOUSING")
				.param("name", "王表单").param("idNumber", "11010519491231002X").param("phone", "13900005001")
				.param("address", "银川市").param("title", "无验证的提交").param("content", "内容：路灯不亮已一个月。")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("安全验证未通过", "value=\"无验证的提交\"");
	}

	@Test
	void aFormAnsweredByArithmeticGoesThroughAndAFilledHoneypotDoesNot() throws Exception {
		String form = mvc.perform(get("/petitions/submit")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		var token = Pattern.compile("name=\"_challenge\" class=\"pow-token\" value=\"([^\"]+)\"").matcher(form);
		var question = Pattern.compile("请计算 (\\d+) \\+ (\\d+) = ").matcher(form);
		assertThat(token.find()).isTrue();
		assertThat(question.find()).isTrue();
		String answer = String.valueOf(Integer.parseInt(question.group(1)) + Integer.parseInt(question.group(2)));
		var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();

		String honeypot = mvc.perform(multipart("/petitions/submit").with(from("10.9.6.2")).with(csrf)
				.param("agency", "640000-xfj").param("channel", "ONLINE_COMPLAINT").param("category", "URBAN_HOUSING")
				.param("name", "赵机器").param("phone", "13900006002").param("title", "广告").param("content", "广告内容")
				.param("_challenge", token.group(1)).param("_answer", answer).param("website", "http://spam.example"))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(honeypot).contains("表单中有不应填写的内容");

		String receipt = mvc.perform(multipart("/petitions/submit").with(from("10.9.6.1")).with(csrf)
				.param("agency", "640000-xfj").param("channel", "ONLINE_COMPLAINT").param("category", "URBAN_HOUSING")
				.param("name", "钱算术").param("idNumber", "11010519491231002X").param("phone", "13900006001")
				.param("address", "银川市").param("title", "无脚本的浏览器").param("content", "内容：小区门口道路积水。")
				.param("_challenge", token.group(1)).param("_answer", answer))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(receipt).contains("id=\"tracking-code\"");
	}

	@Test
	void aBrowserSolvesTheChallengeWithoutTheCitizenNoticing() throws Exception {
		var browser = sunshine.HeadlessBrowser.start();
		try {
			browser.get("http://localhost:" + port + "/petitions/submit");
			assertThat(browser.findElement(By.cssSelector(".pow-fallback")).isDisplayed())
					.as("the arithmetic question is hidden when scripts run").isFalse();
			new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("category"))).selectByValue("URBAN_HOUSING");
			browser.findElement(By.id("name")).sendKeys("孙浏览");
			browser.findElement(By.id("idNumber")).sendKeys("11010519491231002X");
			browser.findElement(By.id("phone")).sendKeys("13900007001");
			browser.findElement(By.id("address")).sendKeys("银川市金凤区");
			browser.findElement(By.id("title")).sendKeys("浏览器提交的投诉");
			browser.findElement(By.id("content")).sendKeys("内容：公交站台顶棚破损，雨天无法避雨。");
			browser.findElement(By.id("submit-button")).click();
			new WebDriverWait(browser, Duration.ofSeconds(60))
					.until(ExpectedConditions.visibilityOfElementLocated(By.id("tracking-code")));
			assertThat(browser.findElement(By.id("tracking-code")).getText()).matches("XF-\\d{4}-[2-9A-HJKMNP-Z]{8}");
		}
		finally {
			browser.quit();
		}
	}
}
