package sunshine.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import sunshine.Http;
import sunshine.SunshineIntegrationTest;
import sunshine.agency.AgencyLookup;
import sunshine.petitions.PetitionManagement;
import sunshine.petitions.PetitionStatistics;
import sunshine.reporting.table.ReportTables;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 《政府信息公开条例》第三十九条第一款 both ways: an application that is really a petition is routed in one step
 * — concluded as R5_1, registered as a petition with the same citizen and content, linked both ways, the
 * applicant told both codes — and counted once in the annual table and once in the petition statistics; a
 * petition that only asks for information is pointed to a pre-filled application. Refusals are Chinese
 * problem details (403, 404, 409).
 */
@SunshineIntegrationTest
class LegalRoutingIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String REGISTRAR = Http.basic("registrar", "Test-Pass-2017");
	static final String HANDLER = Http.basic("handler", "Test-Pass-2017");
	static final String COUNTY = Http.basic("handler-640104", "Test-Pass-2017");

	@LocalServerPort
	int port;

	@Autowired
	ReportTables tables;

	@Autowired
	PetitionStatistics statistics;

	@Autowired
	PetitionManagement petitions;

	@Autowired
	AgencyLookup agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	final HttpClient client = HttpClient.newHttpClient();

	HttpResponse<String> send(String method, String path, String body, String authorization) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/json").header("Accept-Language", "zh-CN")
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** A resident ID number with its GB 11643 check character. */
	static String idNumber(Random random) {
		String body = "640104" + (1950 + random.nextInt(50)) + String.format("%02d%02d", 1 + random.nextInt(12),
				1 + random.nextInt(28)) + String.format("%03d", random.nextInt(1000));
		return body + sunshine.shared.ChineseIdNumber.checkCharacter(body);
	}

	static String chinese(Random random, int length) {
		String alphabet = "反映小区物业收费不合理要求查处违规行为拆迁补偿安置道路噪声扰民投诉举报信访";
		var text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

	record Routed(long id, String code, String queryCode, String name, String idNumber, String description) {
	}

	Routed apply(Random random) throws Exception {
		String name = "张" + chinese(random, 2);
		String id = idNumber(random);
		String description = "请求处理：" + chinese(random, 10 + random.nextInt(60));
		var created = send("POST", "/api/v1/requests", """
				{"agency":"640000-xfj","applicantType":"自然人","name":"%s","idType":"居民身份证","idNumber":"%s",
				 "phone":"13895%06d","address":"银川市兴庆区","description":"%s","delivery":"纸质"}
				""".formatted(name, id, random.nextInt(1_000_000), description), null);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode submission = JSON.readTree(created.body());
		String code = submission.get("trackingCode").asString();
		long requestId = jdbc.sql("select id from disclosure_request where tracking_code = :c").param("c", code)
				.query(Long.class).single();
		return new Routed(requestId, code, submission.get("queryCode").asString(), name, id, description);
	}

	@Test
	void theConsoleRoutesOnlyWhenTheRegistrarHasConfirmed() throws Exception {
		Routed application = apply(new Random(System.nanoTime()));
		var registrar = users.loadUserByUsername("registrar");
		String path = "/console/requests/" + application.id() + "/actions/ROUTE_TO_PETITION";
		for (String confirmed : new String[] { null, "", "false", "on" }) {
			var request = post(path).with(user(registrar)).with(csrf());
			if (confirmed != null) {
				request = request.param("confirmed", confirmed);
			}
			var refused = mvc.perform(request).andReturn();
			assertThat(String.valueOf(refused.getFlashMap().get("errors"))).contains("不能撤销", "请先勾选");
			assertThat(jdbc.sql("select count(*) from disclosure_request where id = :id and routed_to is null and outcome is null")
					.param("id", application.id()).query(Long.class).single()).as("nothing changed").isEqualTo(1);
		}
		var done = mvc.perform(post(path).param("confirmed", "true").with(user(registrar)).with(csrf())).andReturn();
		assertThat(done.getFlashMap().get("errors")).isNull();
		assertThat(jdbc.sql("select routed_to from disclosure_request where id = :id").param("id", application.id())
				.query(String.class).single()).startsWith("XF-");
	}

	@Test
	void routesApplicationsThatArePetitionsOnceToThePetitionProcedureAndCountsEachOnceOnBothSides() throws Exception {
		long region = agencies.byCode("640000-xfj").orElseThrow().getId();
		LocalDate today = LocalDate.now(clock);
		int year = today.getYear();
		java.math.BigDecimal r51Before = tables.compute(region, year).table().value("R5_1", "总计");
		long receivedBefore = statistics.figures(Set.of(region), today, today, null).received();

		Random random = new Random(System.nanoTime());
		int n = 2 + random.nextInt(3);
		for (int i = 0; i < n; i++) {
			Routed application = apply(random);
			String path = "/api/v1/requests/" + application.id() + "/route-to-petition";

			var byHandler = send("POST", path, null, HANDLER);
			assertThat(byHandler.statusCode()).as("only the registrar routes").isEqualTo(403);
			assertThat(JSON.readTree(byHandler.body()).get("message").asString()).containsPattern("\\p{IsHan}");
			assertThat(send("POST", path, null, COUNTY).statusCode()).as("nor anyone of another agency").isEqualTo(403);
			assertThat(send("POST", path, null, null).statusCode()).as("nor anonymously").isIn(401, 403);

			var routed = send("POST", path, null, REGISTRAR);
			assertThat(routed.statusCode()).as(routed.body()).isEqualTo(201);
			String petitionCode = JSON.readTree(routed.body()).get("petition").asString();
			assertThat(petitionCode).startsWith("XF-");

			var again = send("POST", path, null, REGISTRAR);
			assertThat(again.statusCode()).as("a concluded application is not routed twice").isEqualTo(409);
			assertThat(JSON.readTree(again.body()).get("message").asString()).containsPattern("\\p{IsHan}");

			JsonNode request = JSON.readTree(send("GET", "/api/v1/requests/" + application.id(), null, REGISTRAR).body());
			assertThat(request.get("routedTo").asString()).isEqualTo(petitionCode);
			assertThat(request.get("outcome").asString()).isEqualTo("R5_1");
			assertThat(request.get("status").asString()).isEqualTo("CONCLUDED");

			// the applicant is told both codes, and the petition's codes open its tracking page, which links back
			var tracked = send("GET", "/api/v1/requests/track?code=" + application.code() + "&queryCode="
					+ application.queryCode(), null, null);
			assertThat(tracked.body()).contains(application.code(), petitionCode, "查询码与本申请的查询码相同");
			// no secret is written down: the petition opens with the application's own query code, which
			// only the applicant holds, and with no other code
			assertThat(jdbc.sql("select count(*) from disclosure_request where id = :id and answer_text like '%查询密码：%'")
					.param("id", application.id()).query(Long.class).single()).isZero();
			var petition = petitions.track(petitionCode, application.queryCode()).orElseThrow();
			assertThat(petitions.track(petitionCode, "ABCD-EFGH")).isEmpty();
			assertThat(petitions.track(petitionCode, null)).isEmpty();
			assertThat(petition.getRoutedFrom()).isEqualTo(application.code());
			assertThat(petition.getContent()).isEqualTo(application.description());
			assertThat(petition.getPetitioner().name()).isEqualTo(application.name());
			assertThat(petition.getPetitioner().idNumber()).isEqualTo(application.idNumber());
			assertThat(new Http(port).get("/petitions/track?code=" + petitionCode).statusCode()).isEqualTo(200);
		}

		assertThat(tables.compute(region, year).table().value("R5_1", "总计").subtract(r51Before).intValue())
				.as("each routed application is R5_1 once").isEqualTo(n);
		assertThat(statistics.figures(Set.of(region), today, today, null).received() - receivedBefore)
				.as("each routed application's petition counts once").isEqualTo(n);
		assertThat(send("POST", "/api/v1/requests/987654321/route-to-petition", null, REGISTRAR).statusCode())
				.isEqualTo(404);
	}

	@Test
	void pointsAPetitionThatOnlyAsksForInformationToAPreFilledApplication() throws Exception {
		Random random = new Random(System.nanoTime());
		String title = "申请获取" + chinese(random, 6);
		var created = send("POST", "/api/v1/petitions", """
				{"agency":"640000-xfj","channel":"网上投诉","name":"李%s","idNumber":"%s","phone":"13895001234",
				 "title":"%s","content":"请提供2025年信访事项办理情况统计","category":"OTHER"}
				""".formatted(chinese(random, 2), idNumber(random), title), null);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String code = JSON.readTree(created.body()).get("trackingCode").asString();
		long id = jdbc.sql("select id from petition where tracking_code = :c").param("c", code).query(Long.class).single();

		assertThat(send("POST", "/api/v1/petitions/" + id + "/routeToDisclosure", null, HANDLER).statusCode())
				.isEqualTo(403);
		var routed = send("POST", "/api/v1/petitions/" + id + "/routeToDisclosure", null, REGISTRAR);
		assertThat(routed.statusCode()).as(routed.body()).isEqualTo(200);
		assertThat(JSON.readTree(routed.body()).get("status").asString()).isEqualTo("NOT_ACCEPTED");
		String link = jdbc.sql("select routed_to from petition where id = :id").param("id", id).query(String.class).single();
		assertThat(link).startsWith("/requests/apply?agency=640000-xfj&description=");
		assertThat(URLDecoder.decode(link.substring(link.indexOf("description=") + 12), StandardCharsets.UTF_8))
				.contains(title);
		String form = new Http(port).get(link).body();
		assertThat(form).contains(title);
		assertThat(send("POST", "/api/v1/petitions/" + id + "/routeToDisclosure", null, REGISTRAR).statusCode())
				.isEqualTo(409);
		assertThat(jdbc.sql("select count(*) from report_petitions_items where petition_id = :id").param("id", id)
				.query(Integer.class).single()).as("counted once, as not accepted").isEqualTo(1);
		List<String> reasons = jdbc.sql("select refusal_reason from petition where id = :id").param("id", id)
				.query(String.class).list();
		assertThat(reasons.get(0)).contains("政府信息公开申请", "/requests/apply");
	}
}
