package sunshine.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import sunshine.Http;
import sunshine.SunshineIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A script drives a request through the staff JSON API with HTTP Basic; the law's limits come back as 409. */
@SunshineIntegrationTest
class RequestStaffApiIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String HANDLER = Http.basic("handler", "Test-Pass-2017");
	static final String REGISTRAR = Http.basic("registrar", "Test-Pass-2017");
	static final String REVIEWER = Http.basic("reviewer", "Test-Pass-2017");
	static final String LEADER = Http.basic("leader", "Test-Pass-2017");

	@LocalServerPort
	int port;

	final HttpClient client = HttpClient.newHttpClient();

	HttpResponse<String> send(String method, String path, String body, String authorization) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/json")
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void answersThroughTheStaffApiWithinTheLimitsOfTheLaw() throws Exception {
		var created = send("POST", "/api/v1/requests", """
				{"agency":"640000-xfj","applicantType":"社会公益组织","name":"宁夏慈善总会","creditCode":"91640100MA76A1B2CR",
				 "phone":"0951-5057143","address":"银川市金凤区","description":"2025年信访救助资金使用情况","delivery":"纸质"}
				""", null);
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode submission = JSON.readTree(created.body());
		String code = submission.get("trackingCode").asString();

		var queue = send("GET", "/api/v1/requests?view=all&q=" + code, null, HANDLER);
		assertThat(queue.statusCode()).isEqualTo(200);
		JsonNode row = JSON.readTree(queue.body()).get("requests").get(0);
		assertThat(row.get("applicantType").asString()).isEqualTo("社会公益组织");
		long id = row.get("id").asLong();
		assertThat(send("GET", "/api/v1/requests/" + id, null, null).statusCode()).isEqualTo(401);

		var missing = send("POST", "/api/v1/requests/" + id + "/actions/EXTEND", "{\"days\":10}", HANDLER);
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(missing.body()).get("errors").get("approvedBy").asString()).contains("批准人");
		var tooLong = send("POST", "/api/v1/requests/" + id + "/actions/EXTEND",
				"{\"days\":25,\"approvedBy\":\"刘志强\"}", HANDLER);
		assertThat(tooLong.statusCode()).isEqualTo(409);
		assertThat(JSON.readTree(tooLong.body()).get("message").asString()).contains("法定上限");

		String receivedOn = submission.get("receivedOn").asString();
		assertThat(send("POST", "/api/v1/requests/" + id + "/actions/DRAFT_ANSWER", "{\"outcome\":{\"code\":\"R5_2\"}}",
				HANDLER).statusCode()).as("an object where an outcome belongs").isEqualTo(400);
		var drafted = send("POST", "/api/v1/requests/" + id + "/actions/DRAFT_ANSWER", "{\"outcome\":\"R5_2\"}", HANDLER);
		assertThat(drafted.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(drafted.body()).get("status").asString()).isEqualTo("ANSWER_DRAFTED");
		assertThat(send("POST", "/api/v1/requests/" + id + "/actions/ANSWER", "{\"on\":\"" + receivedOn + "\"}", HANDLER)
				.statusCode()).as("the handler drafts; signing is the leader's").isEqualTo(403);
		assertThat(send("POST", "/api/v1/requests/" + id + "/actions/APPROVE_ANSWER", null, REVIEWER).statusCode())
				.isEqualTo(200);
		var answered = send("POST", "/api/v1/requests/" + id + "/actions/ANSWER", "{\"on\":\"" + receivedOn + "\"}",
				LEADER);
		assertThat(answered.statusCode()).isEqualTo(200);
		JsonNode request = JSON.readTree(answered.body());
		assertThat(request.get("status").asString()).isEqualTo("CONCLUDED");
		assertThat(request.get("outcomeLabel").asString()).isEqualTo("不予处理：重复申请");
		assertThat(request.get("allowedActions").toString()).as("filing is the registrar's").isEqualTo("[]");
		assertThat(JSON.readTree(send("GET", "/api/v1/requests/" + id, null, REGISTRAR).body()).get("allowedActions")
				.toString()).isEqualTo("[\"CLOSE\"]");
		assertThat(send("POST", "/api/v1/requests/" + id + "/actions/ANSWER", "{}", LEADER).statusCode())
				.isEqualTo(409);
		assertThat(send("GET", "/api/v1/requests/" + id, null, Http.basic("handler-640104", "Test-Pass-2017"))
				.statusCode()).as("a county handler cannot see the regional bureau's request").isEqualTo(404);
	}
}
