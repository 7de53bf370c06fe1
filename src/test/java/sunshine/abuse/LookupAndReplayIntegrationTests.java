package sunshine.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sunshine.SunshineIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The probe's findings on the gate, with the gate as it ships (the same settings as
 * {@link AbuseProtectionIntegrationTests}, so the two share one context): every route that takes a
 * query code shares one look-up limit, per address and per tracking code, and answers 429 with
 * {@code Retry-After}; an idempotency key belongs to its client and its body; an invalid body
 * never makes a later one a duplicate. Each test uses its own addresses.
 */
@SunshineIntegrationTest
@TestPropertySource(properties = { "sunshine.abuse.challenge=on", "sunshine.abuse.difficulty-bits=12",
		"sunshine.abuse.submissions-per-ip-burst=3", "sunshine.abuse.submissions-per-ip-hour=20",
		"sunshine.abuse.submissions-per-phone-day=5", "sunshine.abuse.lookups-per-ip-minute=5",
		"sunshine.abuse.duplicate-window=10m" })
class LookupAndReplayIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	static String petition(String phone, String title) {
		return """
				{"agency":"640000-xfj","channel":"网上投诉","name":"孙幂等","idNumber":"11010519491231002X","phone":"%s",
				 "address":"银川市兴庆区","title":"%s","content":"%s：小区供暖不足，室温不到十五度。","category":"URBAN_HOUSING"}
				""".formatted(phone, title, title);
	}

	/** Every route that looks a case up by its query code, for one tracking code. */
	MockHttpServletRequestBuilder[] lookUps(String code, String address) {
		return new MockHttpServletRequestBuilder[] {
				post("/petitions/track").param("code", code).param("queryCode", "BBBBBB").with(csrf()).with(from(address)),
				post("/petitions/rate").param("code", code).param("queryCode", "BBBBBB").param("rating", "SATISFIED")
						.with(csrf()).with(from(address)),
				post("/petitions/review").param("code", code).param("queryCode", "BBBBBB").param("reason", "不满意")
						.with(csrf()).with(from(address)),
				get("/requests/track").param("code", code).param("queryCode", "BBBBBB").with(from(address)),
				get("/requests/track/letter").param("code", code).param("queryCode", "BBBBBB").param("kind", "RECEIPT")
						.with(from(address)),
				get("/api/v1/petitions/track").param("code", code).param("queryCode", "BBBBBB").with(from(address)),
				get("/api/v1/requests/track").param("code", code).param("queryCode", "BBBBBB").with(from(address)) };
	}

	@Test
	void everyRouteThatTakesAQueryCodeCountsAgainstOneLimitPerAddress() throws Exception {
		var routes = lookUps("XF-2026-AAAAAAA1", "10.15.1.1");
		for (int i = 0; i < 5; i++) {
			assertThat(perform(routes[i]).getStatus()).as("look-up %d", i + 1).isNotEqualTo(429);
		}
		for (var route : lookUps("XF-2026-AAAAAAA2", "10.15.1.1")) {
			var refused = perform(route);
			assertThat(refused.getStatus()).isEqualTo(429);
			assertThat(refused.getHeader("Retry-After")).isNotNull();
			assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
			assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("查询过于频繁");
		}
	}

	@Test
	void oneTrackingCodeIsLimitedWhateverTheAddress() throws Exception {
		String code = "GK-2026-BBBBBBB1";
		for (int i = 0; i < 20; i++) {
			assertThat(perform(get("/api/v1/requests/track").param("code", code).param("queryCode", "CCCCC" + (char) ('A' + i))
					.with(from("10.15.2." + i))).getStatus()).isEqualTo(404);
		}
		var refused = perform(get("/requests/track/letter").param("code", code).param("queryCode", "DDDDDD")
				.param("kind", "RECEIPT").with(from("10.15.2.99")));
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isNotNull();
		assertThat(perform(get("/api/v1/requests/track").param("code", "GK-2026-BBBBBBB2").param("queryCode", "DDDDDD")
				.with(from("10.15.2.99"))).getStatus()).as("another case still answers").isEqualTo(404);
	}

	@Test
	void aRatingFormWithoutARatingRevealsNothing() throws Exception {
		var created = perform(post("/api/v1/petitions").with(from("10.15.3.1")).contentType(MediaType.APPLICATION_JSON)
				.content(petition("13900153101", "空评价")));
		assertThat(created.getStatus()).isEqualTo(201);
		var receipt = JSON.readTree(created.getContentAsString(StandardCharsets.UTF_8));
		String page = perform(post("/petitions/rate").param("code", receipt.get("trackingCode").asString())
				.param("queryCode", receipt.get("queryCode").asString()).param("rating", "").with(csrf()).with(from("10.15.3.2")))
				.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"action-error\"").doesNotContain("id=\"case\"", "空评价");
	}

	@Test
	void anIdempotencyKeyBelongsToItsClientAndItsBody() throws Exception {
		String body = petition("13900153201", "幂等键甲");
		var first = perform(post("/api/v1/petitions").with(from("10.15.4.1")).header("Idempotency-Key", "order-1001")
				.contentType(MediaType.APPLICATION_JSON).content(body));
		assertThat(first.getStatus()).isEqualTo(201);
		String codes = first.getContentAsString(StandardCharsets.UTF_8);

		var sameAgain = perform(post("/api/v1/petitions").with(from("10.15.4.1")).header("Idempotency-Key", "order-1001")
				.contentType(MediaType.APPLICATION_JSON).content(body));
		assertThat(sameAgain.getStatus()).isEqualTo(201);
		assertThat(sameAgain.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(codes);

		var otherBody = perform(post("/api/v1/petitions").with(from("10.15.4.1")).header("Idempotency-Key", "order-1001")
				.contentType(MediaType.APPLICATION_JSON).content(petition("13900153202", "幂等键乙")));
		assertThat(otherBody.getStatus()).isEqualTo(422);
		assertThat(otherBody.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(
				JSON.readTree(codes).get("queryCode").asString()).contains("Idempotency-Key");

		for (String stranger : new String[] { "{}", "null", body }) {
			var other = perform(post("/api/v1/petitions").with(from("10.15.4.2")).header("Idempotency-Key", "order-1001")
					.contentType(MediaType.APPLICATION_JSON).content(stranger));
			assertThat(other.getContentAsString(StandardCharsets.UTF_8)).as(stranger)
					.doesNotContain(JSON.readTree(codes).get("queryCode").asString());
		}
	}

	@Test
	void anIdempotencyKeyDoesNotGetPastTheLimits() throws Exception {
		String body = petition("13900153301", "幂等限额");
		assertThat(perform(post("/api/v1/petitions").with(from("10.15.5.1")).header("Idempotency-Key", "k-5")
				.contentType(MediaType.APPLICATION_JSON).content(body)).getStatus()).isEqualTo(201);
		for (int i = 0; i < 2; i++) {
			perform(post("/api/v1/petitions").with(from("10.15.5.1")).header("Idempotency-Key", "k-5")
					.contentType(MediaType.APPLICATION_JSON).content(body));
		}
		var limited = perform(post("/api/v1/petitions").with(from("10.15.5.1")).header("Idempotency-Key", "k-5")
				.contentType(MediaType.APPLICATION_JSON).content(body));
		assertThat(limited.getStatus()).isEqualTo(429);
		assertThat(limited.getHeader("Retry-After")).isNotNull();
	}

	@Test
	void anInvalidBodyNeverMakesALaterOneADuplicate() throws Exception {
		for (int i = 0; i < 3; i++) {
			var refused = perform(post("/api/v1/petitions").with(from("10.15.6." + i)).contentType(MediaType.APPLICATION_JSON)
					.content("null"));
			assertThat(refused.getStatus()).isEqualTo(400);
			String answer = refused.getContentAsString(StandardCharsets.UTF_8);
			assertThat(answer).as("attempt %d", i + 1).doesNotContain("重复提交").contains("\"fields\":[\"");
		}
		String incomplete = "{\"agency\":\"640000-xfj\",\"phone\":\"13900153401\",\"title\":\"缺内容\"}";
		for (int i = 0; i < 2; i++) {
			assertThat(perform(post("/api/v1/petitions").with(from("10.15.6.9")).contentType(MediaType.APPLICATION_JSON)
					.content(incomplete)).getContentAsString(StandardCharsets.UTF_8)).doesNotContain("重复提交").contains("content");
		}
	}

	@Test
	void thePhoneLimitCountsEveryWayOfWritingTheSameNumber() throws Exception {
		String[] spellings = { "13800153501", "+8613800153501", "+86 13800153501", "138 0015 3501", "138-0015-3501",
				"１３８００１５３５０１" };
		int i = 0;
		for (; i < 5; i++) {
			assertThat(perform(post("/api/v1/petitions").with(from("10.15.7." + i)).contentType(MediaType.APPLICATION_JSON)
					.content(petition(spellings[i], "电话限额" + i))).getStatus()).as(spellings[i]).isEqualTo(201);
		}
		var refused = perform(post("/api/v1/petitions").with(from("10.15.7." + i)).contentType(MediaType.APPLICATION_JSON)
				.content(petition(spellings[i], "电话限额" + i)));
		assertThat(refused.getStatus()).as(spellings[i]).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isNotNull();
	}
}
