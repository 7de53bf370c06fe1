package sunshine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Until the node is ready, every page and API answers 503 with a Chinese message and Retry-After —
 * never a server error — while liveness stays up; once ready, health and readiness say UP. The
 * not-ready state is the one Spring Boot holds until the last start-up step (demo data, search
 * index check) has run; scripts/warm-up.sh proves the same on a real start from the first second.
 */
@SunshineIntegrationTest
class WarmUpIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	private static final String PETITION = """
			{"agency":"640000-xfj","channel":"网上投诉","name":"启动测试","idNumber":"11010519491231002X","phone":"13800000000",
			"address":"银川市兴庆区解放西街369号","title":"启动期间提交","content":"启动期间提交的投诉，不应得到服务器错误。","category":"URBAN_HOUSING"}""";

	private java.net.http.HttpResponse<String> postJson(String path, String body) {
		try {
			return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
					.newBuilder(java.net.URI.create("http://localhost:" + port + path)).header("Content-Type", "application/json")
					.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
					java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.io.IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void answersEveryRequestWith503AndRetryAfterUntilReady() {
		var http = new Http(port);
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
		try {
			var submission = postJson("/api/v1/petitions", PETITION);
			assertThat(submission.statusCode()).isEqualTo(503);
			assertThat(submission.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(submission.body()).contains("\"error\":\"starting\"", "正在启动");

			var login = http.postForm("/login", "username=handler&password=Test-Pass-2017");
			assertThat(login.statusCode()).isEqualTo(503);
			assertThat(login.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(login.body()).contains("<html lang=\"zh-CN\"", "系统正在启动");

			for (String page : new String[] { "/", "/login", "/petitions/submit", "/console", "/search?q=信访" }) {
				var response = http.get(page);
				assertThat(response.statusCode()).as(page).isEqualTo(503);
				assertThat(response.headers().firstValue("Retry-After")).as(page).isPresent();
			}
			assertThat(http.get("/?lang=en").body()).contains("Sunshine is starting");
			assertThat(http.get("/actuator/health").statusCode()).isEqualTo(503);
			assertThat(http.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
			assertThat(http.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
			assertThat(http.get("/css/sunshine.css").statusCode()).as("static files pass").isEqualTo(200);
		}
		finally {
			AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
		}
		assertThat(http.get("/actuator/health").body()).contains("\"status\":\"UP\"");
		assertThat(http.get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
		assertThat(postJson("/api/v1/petitions", PETITION).statusCode()).isEqualTo(201);
		assertThat(http.get("/login").statusCode()).isEqualTo(200);
	}
}
