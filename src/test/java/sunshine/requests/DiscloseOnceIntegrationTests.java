package sunshine.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import sunshine.Http;
import sunshine.SunshineIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 公开一次: information granted on application is published to the catalogue in one action, found by the
 * portal search, and a later application for it is answered by pointing to the item (已主动公开).
 */
@SunshineIntegrationTest
class DiscloseOnceIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String REGISTRAR = Http.basic("registrar", "Test-Pass-2017");
	static final String HANDLER = Http.basic("handler", "Test-Pass-2017");
	static final String REVIEWER = Http.basic("reviewer", "Test-Pass-2017");
	static final String LEADER = Http.basic("leader", "Test-Pass-2017");

	@LocalServerPort
	int port;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

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

	record Application(long id, String code, String queryCode) {
	}

	Application apply(String description) throws Exception {
		var created = send("POST", "/api/v1/requests", """
				{"agency":"640000-xfj","applicantType":"社会公益组织","name":"宁夏慈善总会","creditCode":"91640100MA76A1B2CR",
				 "phone":"0951-5057143","address":"银川市金凤区","description":"%s","delivery":"纸质"}
				""".formatted(description), null);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode submission = JSON.readTree(created.body());
		String code = submission.get("trackingCode").asString();
		long id = jdbc.sql("select id from disclosure_request where tracking_code = :c").param("c", code)
				.query(Long.class).single();
		return new Application(id, code, submission.get("queryCode").asString());
	}

	void answer(long id, String draftAction, String draftBody) throws Exception {
		var drafted = send("POST", "/api/v1/requests/" + id + "/actions/" + draftAction, draftBody, HANDLER);
		assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(200);
		assertThat(send("POST", "/api/v1/requests/" + id + "/actions/APPROVE_ANSWER", null, REVIEWER).statusCode())
				.isEqualTo(200);
		assertThat(send("POST", "/api/v1/requests/" + id + "/actions/ANSWER", "{}", LEADER).statusCode()).isEqualTo(200);
	}

	@Test
	void theConsolePublishesOnlyWhenConfirmedAndAHandlerIsStillRefused() throws Exception {
		Application granted = apply("请公开" + System.nanoTime() % 100000 + "号文件的全文");
		answer(granted.id(), "DRAFT_ANSWER", "{\"outcome\":\"R1\",\"text\":\"全文见附件。\"}");
		String path = "/console/requests/" + granted.id() + "/disclose";
		var registrar = users.loadUserByUsername("registrar");
		for (String confirmed : new String[] { null, "", "yes" }) {
			var request = post(path).with(user(registrar)).with(csrf());
			if (confirmed != null) {
				request = request.param("confirmed", confirmed);
			}
			var refused = mvc.perform(request).andReturn();
			assertThat(String.valueOf(refused.getFlashMap().get("errors"))).contains("请先勾选");
			assertThat(jdbc.sql("select count(*) from disclosure_request where id = :id and disclosed_item is null")
					.param("id", granted.id()).query(Long.class).single()).as("nothing published").isEqualTo(1);
		}
		// the confirmation never stands in for the role: a handler who ticks it is still refused
		assertThat(mvc.perform(post(path).param("confirmed", "true").with(user(users.loadUserByUsername("handler")))
				.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
		var done = mvc.perform(post(path).param("confirmed", "true").with(user(registrar)).with(csrf())).andReturn();
		assertThat(String.valueOf(done.getFlashMap().get("done"))).contains("/disclosure/items/");
		assertThat(jdbc.sql("select count(*) from disclosure_request where id = :id and disclosed_item is not null")
				.param("id", granted.id()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void publishesAGrantedAnswerOnceAndPointsTheNextApplicantToIt() throws Exception {
		// a term the catalogue cannot contain yet: generated letters in a fixed frame
		String alphabet = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
		Random random = new Random(System.nanoTime());
		var term = new StringBuilder("水库");
		for (int i = 0; i < 4; i++) {
			term.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		String description = "请公开" + term + "移民后期扶持资金的发放名单";
		Application first = apply(description);
		String disclose = "/api/v1/requests/" + first.id() + "/disclose";

		var tooEarly = send("POST", disclose, null, REGISTRAR);
		assertThat(tooEarly.statusCode()).as("nothing granted yet").isEqualTo(409);
		assertThat(JSON.readTree(tooEarly.body()).get("message").asString()).contains("予以公开");
		answer(first.id(), "DRAFT_ANSWER", "{\"outcome\":\"R1\",\"text\":\"" + term + "扶持资金发放名单见附件。\"}");

		var byHandler = send("POST", disclose, null, HANDLER);
		assertThat(byHandler.statusCode()).isEqualTo(403);
		assertThat(JSON.readTree(byHandler.body()).get("message").asString()).contains("登记员");
		assertThat(send("POST", "/api/v1/requests/987654321/disclose", null, REGISTRAR).statusCode()).isEqualTo(404);

		var published = send("POST", disclose, null, REGISTRAR);
		assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
		String item = JSON.readTree(published.body()).get("item").asString();
		assertThat(item).matches("/disclosure/items/\\d+");
		assertThat(send("POST", disclose, null, REGISTRAR).statusCode()).as("once").isEqualTo(409);
		assertThat(JSON.readTree(send("GET", "/api/v1/requests/" + first.id(), null, REGISTRAR).body())
				.get("disclosedItem").asString()).isEqualTo(item);

		// the portal finds it, and its page is public
		String found = new Http(port).get("/api/v1/disclosure/search?q="
				+ URLEncoder.encode(term.toString(), StandardCharsets.UTF_8) + "&agency=640000-xfj").body();
		assertThat(found).contains(item.substring(item.lastIndexOf('/') + 1), term.toString());
		assertThat(new Http(port).get(item).statusCode()).isEqualTo(200);

		// the next applicant is pointed to the item, in the letter they receive
		Application second = apply(description);
		var unknown = send("POST", "/api/v1/requests/" + second.id() + "/actions/POINT_TO_PUBLISHED",
				"{\"item\":\"/disclosure/items/987654321\"}", HANDLER);
		assertThat(unknown.statusCode()).isEqualTo(409);
		assertThat(JSON.readTree(unknown.body()).get("message").asString()).contains("目录条目");
		answer(second.id(), "POINT_TO_PUBLISHED", "{\"item\":\"" + item + "\"}");
		JsonNode answered = JSON.readTree(send("GET", "/api/v1/requests/" + second.id(), null, REGISTRAR).body());
		assertThat(answered.get("outcome").asString()).isEqualTo("R1");
		assertThat(answered.get("pointedItem").asString()).isEqualTo(item);
		var tracked = send("GET", "/api/v1/requests/track?code=" + second.code() + "&queryCode=" + second.queryCode(),
				null, null);
		assertThat(tracked.body()).contains("已经主动公开", item);
		assertThat(send("POST", "/api/v1/requests/" + second.id() + "/disclose", null, REGISTRAR).statusCode())
				.as("an answer pointing to the catalogue is not published again").isEqualTo(409);
	}
}
