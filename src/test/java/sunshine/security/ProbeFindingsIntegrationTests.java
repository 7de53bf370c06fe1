package sunshine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import sunshine.Http;
import sunshine.MutableClock;
import sunshine.SunshineIntegrationTest;
import sunshine.shared.PersonalDataCipher;
import sunshine.shared.QueryCodeUpgrade;
import sunshine.shared.QueryCodes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an outside probe got through, each finding replayed against the real server (issue 15):
 * wrong dates, charsets, JSON types and invisible text, errors in English or without a body,
 * CSRF skipped for any Authorization header, sessions made by anonymous visitors, guessing the
 * current password, unkeyed query-code digests.
 */
@SunshineIntegrationTest
class ProbeFindingsIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	QueryCodes queryCodes;

	@Autowired
	MutableClock clock;

	final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (java.io.IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	HttpRequest.Builder at(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	HttpResponse<String> postJson(String path, byte[] body, String contentType, String... headers) {
		var request = at(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/** The error body every client reads: error, a Chinese message, fields. */
	static void assertChineseProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).matches("application/(problem\\+)?json.*");
		JsonNode body = json(response);
		assertThat(body.has("error")).isTrue();
		assertThat(body.get("message").asString()).containsPattern("\\p{IsHan}");
		assertThat(body.has("fields")).isTrue();
	}

	static String petition(String name, String phone, String title) {
		return """
				{"agency":"640000-xfj","channel":"网上投诉","name":%s,"idNumber":"11010519491231002X","phone":"%s",
				 "address":"银川市兴庆区","title":"%s","content":"%s：楼道灯损坏，夜间无法通行。","category":"URBAN_HOUSING"}
				""".formatted(name, phone, title, title);
	}

	String storedName(String trackingCode) {
		return cipher.decrypt(jdbc.sql("select petitioner_name from petition where tracking_code = :c")
				.param("c", trackingCode).query(String.class).single());
	}

	String login(String username, String password) {
		var page = send(at("/login").GET());
		String cookies = cookies(page);
		var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(token.find()).isTrue();
		var done = send(at("/login").header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
				.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password + "&_csrf="
						+ java.net.URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location").orElse("")).endsWith("/console");
		return cookies(done);
	}

	static String cookies(HttpResponse<String> response) {
		return String.join("; ", response.headers().allValues("Set-Cookie").stream()
				.map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).toList());
	}

	// 9. Dates outside a sane range -----------------------------------------------------------------

	@Test
	void statisticsForDatesOutsideTheCenturiesAreA400InChinese() {
		var http = new Http(port);
		var api = http.get("/api/v1/petitions/statistics?from=-999999999-01-01&to=2026-12-31", "Authorization",
				Http.basic("supervisor", "Test-Pass-2017"));
		assertChineseProblem(api, 400);
		assertThat(json(api).get("fields").toString()).contains("from");
		var far = http.get("/api/v1/petitions/statistics?from=2025-01-01&to=+999999999-12-31", "Authorization",
				Http.basic("supervisor", "Test-Pass-2017"));
		assertChineseProblem(far, 400);
	}

	@Test
	void theAnalysisPageForDatesOutsideTheCenturiesSaysSoInsteadOfFailing() {
		String session = login("supervisor", "Test-Pass-2017");
		var page = send(at("/console/petitions/analysis?from=-999999999-01-01&to=2026-12-31").header("Cookie", session).GET());
		assertThat(page.statusCode()).isLessThan(500);
		assertThat(page.body()).contains("alert");
	}

	@Test
	void theErrorAddressAskedForDirectlyIsAChinesePageNotAServerError() {
		var page = send(at("/error").GET());
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("您访问的页面不存在");
		var posted = send(at("/error").POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(posted.statusCode()).isLessThan(500);
	}

	// 10. Charsets ----------------------------------------------------------------------------------

	@Test
	void aBodyInGb18030IsReadAsGb18030() {
		Charset gb = Charset.forName("GB18030");
		var created = postJson("/api/v1/petitions", petition("\"欧阳娜娜\"", "13900150001", "字符集测试甲").getBytes(gb),
				"application/json;charset=GB18030");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(storedName(json(created).get("trackingCode").asString())).isEqualTo("欧阳娜娜");

		var form = send(at("/requests/track").header("Content-Type", "application/x-www-form-urlencoded; charset=GB18030")
				.POST(HttpRequest.BodyPublishers.ofString("code=" + java.net.URLEncoder.encode("欧阳", gb) + "&queryCode=ABCDEF")));
		assertThat(form.statusCode()).isLessThan(500);
	}

	@Test
	void aCharsetJavaDoesNotKnowIsRefusedWith415InChinese() {
		var refused = postJson("/api/v1/petitions", petition("\"欧阳娜娜\"", "13900150002", "字符集测试乙")
				.getBytes(StandardCharsets.UTF_8), "application/json;charset=x-no-such-charset");
		assertChineseProblem(refused, 415);
		assertThat(json(refused).get("message").asString()).contains("x-no-such-charset");
		assertThat(jdbc.sql("select count(*) from petition where title = '字符集测试乙'").query(Long.class).single()).isZero();
	}

	// 11. JSON types, invisible text, bidi controls ----------------------------------------------------

	@Test
	void anObjectWhereANameBelongsIsA400NamingTheField() {
		var refused = postJson("/api/v1/petitions", petition("{\"a\":1}", "13900151001", "类型测试").getBytes(StandardCharsets.UTF_8),
				"application/json");
		assertChineseProblem(refused, 400);
		assertThat(json(refused).get("fields").toString()).contains("\"name\"");
		assertThat(json(refused).get("message").asString()).contains("name", "对象");
		for (String wrong : new String[] { "[\"张三\"]", "true" }) {
			var again = postJson("/api/v1/requests", ("{\"agency\":\"640000-xfj\",\"applicantType\":\"自然人\",\"name\":" + wrong
					+ ",\"idNumber\":\"11010519491231002X\",\"phone\":\"13900151002\",\"address\":\"银川市\","
					+ "\"description\":\"类型测试：本局2023年信访事项办理情况\"}").getBytes(StandardCharsets.UTF_8), "application/json");
			assertChineseProblem(again, 400);
			assertThat(json(again).get("fields").toString()).as(wrong).contains("\"name\"");
		}
	}

	@Test
	void aNameOfInvisibleCharactersOnlyIsEmpty() {
		for (String invisible : new String[] { "\\u200b\\u200b", "\\u00a0\\u00a0", "\\u3000", "\\ufeff\\u2060", "\\u3164" }) {
			var refused = postJson("/api/v1/petitions", petition("\"" + invisible + "\"", "13900152001", "不可见字符" + invisible.length())
					.getBytes(StandardCharsets.UTF_8), "application/json");
			assertChineseProblem(refused, 400);
			assertThat(json(refused).get("fields").toString()).as(invisible).contains("\"name\"");
		}
	}

	@Test
	void bidiControlsAreRemovedFromWhatIsStored() {
		var created = postJson("/api/v1/petitions", petition("\"张\\u202e三\\u2066\"", "13900153001", "方向控制")
				.getBytes(StandardCharsets.UTF_8), "application/json");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(storedName(json(created).get("trackingCode").asString())).isEqualTo("张三");
	}

	// 12. Every error in Chinese, in the caller's form -------------------------------------------------

	@Test
	void aBodyOfPlainTextIsA415InChinese() {
		var refused = postJson("/api/v1/petitions", "name=张三".getBytes(StandardCharsets.UTF_8), "text/plain");
		assertChineseProblem(refused, 415);
		var application = postJson("/api/v1/requests", "name=张三".getBytes(StandardCharsets.UTF_8), "text/plain");
		assertChineseProblem(application, 415);
	}

	@Test
	void aClientThatAcceptsOnlyXmlGetsAChineseProblemAndNothingIsFiled() {
		var refused = postJson("/api/v1/petitions", petition("\"李接受\"", "13900154001", "只接受XML")
				.getBytes(StandardCharsets.UTF_8), "application/json", "Accept", "application/xml");
		assertChineseProblem(refused, 406);
		assertThat(jdbc.sql("select count(*) from petition where title = '只接受XML'").query(Long.class).single())
				.as("no petition whose codes the client never saw").isZero();
	}

	@Test
	void malformedJsonOnAStaffApiIsA400InChinese() {
		var refused = postJson("/api/v1/petitions/1/accept", "{\"note\":".getBytes(StandardCharsets.UTF_8),
				"application/json", "Authorization", Http.basic("handler", "Test-Pass-2017"));
		assertChineseProblem(refused, 400);
		var plain = postJson("/api/v1/petitions/1/accept", "x".getBytes(StandardCharsets.UTF_8), "text/plain",
				"Authorization", Http.basic("handler", "Test-Pass-2017"));
		assertChineseProblem(plain, 415);
	}

	@Test
	void aYearThatIsNotANumberIsA400InChineseWithoutTheParsersText() {
		var refused = new Http(port).get("/api/v1/reports/640000-xfj/abc/table", "Authorization",
				Http.basic("editor", "Test-Pass-2017"));
		assertChineseProblem(refused, 400);
		assertThat(refused.body()).doesNotContain("For input string");
	}

	@Test
	void anEncodedSlashOrAnOversizedAddressIsAnsweredInChinese() {
		var api = send(at("/api/v1/petitions%2Ftrack?code=a").GET());
		assertChineseProblem(api, 400);
		var page = send(at("/petitions%2Ftrack").GET());
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("请求有误").doesNotContain("Apache Tomcat", "Bad Request");

		var huge = send(at("/disclosure/search?q=" + "a".repeat(12_000)).GET());
		assertThat(huge.statusCode()).isBetween(400, 499);
		assertThat(huge.body()).containsPattern("\\p{IsHan}").doesNotContain("Apache Tomcat", "Bad Request");
		// a request line too long to be read has no address to tell an API call by: the Chinese page then
		var hugeApi = send(at("/api/v1/disclosure/search?q=" + "a".repeat(12_000)).GET());
		assertThat(hugeApi.statusCode()).isBetween(400, 499);
		assertThat(hugeApi.body()).containsPattern("\\p{IsHan}").doesNotContain("Apache Tomcat", "Bad Request", "Exception");
	}

	@Test
	void unknownAddressesAndWrongMethodsAreAnsweredInChineseOnEveryRoute() {
		assertChineseProblem(send(at("/api/v1/petitions").header("Authorization", Http.basic("handler", "Test-Pass-2017")).GET()), 405);
		assertChineseProblem(send(at("/api/v1/petitions/track").DELETE()), 403);
		assertChineseProblem(send(at("/api/v1/requests/track?code=x&queryCode=y").header("Accept", "application/xml").GET()), 406);
		var page = send(at("/petitions/no-such-page").GET());
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("您访问的页面不存在");
		var letter = send(at("/requests/track/letter?code=x&queryCode=y&kind=NO_SUCH_KIND").GET());
		assertThat(letter.statusCode()).isEqualTo(400);
		assertThat(letter.body()).contains("请求有误");
	}

	// 13 is a unit test (MaskingTests). 14. Guessing the current password ---------------------------

	@Test
	void wrongCurrentPasswordsAreAuditedAndLockTheAccount() {
		String user = "handler-640302";
		String session = login(user, "Test-Pass-2017");
		var form = send(at("/console/password").header("Cookie", session).GET());
		var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(token.find()).isTrue();
		HttpResponse<String> last = null;
		for (int attempt = 1; attempt <= 5; attempt++) {
			last = send(at("/console/password").header("Cookie", session)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("current=Wrong-Pass-" + attempt
							+ "&password=New-Pass-2026!x&repeat=New-Pass-2026!x&_csrf="
							+ java.net.URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))));
		}
		assertThat(last.statusCode()).isEqualTo(302);
		assertThat(last.headers().firstValue("Location").orElse("")).endsWith("/login?error=locked");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'staff.login.failed' and subject = :s")
				.param("s", "staff:" + user).query(Long.class).single()).isGreaterThanOrEqualTo(5);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'staff.locked' and subject = :s")
				.param("s", "staff:" + user).query(Long.class).single()).isPositive();
		assertThat(new Http(port).get("/api/v1/me", "Authorization", Http.basic(user, "Test-Pass-2017")).statusCode())
				.as("locked for the right password too").isEqualTo(401);
		clock.advance(Duration.ofMinutes(16));
		assertThat(new Http(port).get("/api/v1/me", "Authorization", Http.basic(user, "Test-Pass-2017")).statusCode())
				.isEqualTo(200);
	}

	// 15. CSRF only skipped for Basic without a session ------------------------------------------------

	@Test
	void aSessionWithAnyAuthorizationHeaderStillNeedsItsCsrfToken() {
		// the registrar takes 受理, so nothing but the missing token can refuse the forged calls with 403
		String session = login("registrar", "Test-Pass-2017");
		for (String authorization : new String[] { "Bearer x", "Basic " + java.util.Base64.getEncoder()
				.encodeToString("registrar:Test-Pass-2017".getBytes(StandardCharsets.UTF_8)), "Negotiate abc" }) {
			var forged = postJson("/api/v1/petitions/999999999/accept", "{}".getBytes(StandardCharsets.UTF_8),
					"application/json", "Cookie", session, "Authorization", authorization);
			assertThat(forged.statusCode()).as(authorization).isEqualTo(403);
		}
		var script = postJson("/api/v1/petitions/999999999/accept", "{}".getBytes(StandardCharsets.UTF_8),
				"application/json", "Authorization", Http.basic("registrar", "Test-Pass-2017"));
		assertThat(script.statusCode()).as("a script with Basic and no session reaches the endpoint").isNotEqualTo(403);
	}

	// 16. Anonymous visitors create no sessions ---------------------------------------------------------

	@Test
	void anonymousVisitorsOfTheFormPagesCreateNoSession() {
		long before = jdbc.sql("select count(*) from SPRING_SESSION").query(Long.class).single();
		for (int i = 0; i < 20; i++) {
			for (String path : new String[] { "/petitions/submit", "/requests/apply", "/petitions/track", "/requests/track",
					"/petitions/board", "/login", "/console", "/console/petitions", "/api/v1/petitions/track?code=x&queryCode=y" }) {
				var response = send(at(path).GET());
				assertThat(response.statusCode()).as(path).isLessThan(500);
				assertThat(response.headers().allValues("Set-Cookie")).as(path + " " + response.headers().map())
						.noneMatch(c -> c.startsWith("SESSION") || c.startsWith("JSESSIONID"));
			}
		}
		assertThat(jdbc.sql("select count(*) from SPRING_SESSION").query(Long.class).single()).isLessThanOrEqualTo(before);
	}

	// 16. Public forms keep their token without a session -----------------------------------------------

	@Test
	void aPublicFormStillNeedsItsTokenWithoutASession() {
		var page = send(at("/petitions/track").GET());
		var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(token.find()).isTrue();
		String form = "code=XF-2026-AAAAAAAA&queryCode=ABCDEF&_csrf=" + java.net.URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		var withCookie = send(at("/petitions/track").header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", cookies(page)).POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(withCookie.statusCode()).isEqualTo(200);
		var withoutCookie = send(at("/petitions/track").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(withoutCookie.statusCode()).as("a token without its cookie is forged").isEqualTo(403);
	}

	// 8. Keyed query-code digests -----------------------------------------------------------------------

	@Test
	void queryCodesAreStoredKeyedAndOldDigestsAreWrappedAndStillOpenTheirCase() {
		var created = postJson("/api/v1/requests", ("{\"agency\":\"640000-xfj\",\"applicantType\":\"自然人\",\"name\":\"赵密码\","
				+ "\"idNumber\":\"11010519491231002X\",\"phone\":\"13900158001\",\"address\":\"银川市\","
				+ "\"description\":\"密码存储测试：本局2024年信访事项办理情况\"}").getBytes(StandardCharsets.UTF_8), "application/json");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String code = json(created).get("trackingCode").asString();
		String query = json(created).get("queryCode").asString();
		String stored = jdbc.sql("select query_code_hash from disclosure_request where tracking_code = :c").param("c", code)
				.query(String.class).single();
		assertThat(stored).startsWith("q1:").isNotEqualTo(QueryCodes.sha256Hex(code + ":" + query));

		// A case written before the digests were keyed: its unkeyed SHA-256, wrapped at start-up.
		jdbc.sql("update disclosure_request set query_code_hash = :old where tracking_code = :c")
				.param("old", QueryCodes.sha256Hex(code + ":" + query)).param("c", code).update();
		assertThat(QueryCodeUpgrade.wrapUnkeyed(jdbc, queryCodes, "disclosure_request")).isPositive();
		String wrapped = jdbc.sql("select query_code_hash from disclosure_request where tracking_code = :c").param("c", code)
				.query(String.class).single();
		assertThat(wrapped).startsWith("q0:").doesNotContain(QueryCodes.sha256Hex(code + ":" + query));
		var http = new Http(port);
		assertThat(http.get("/api/v1/requests/track?code=" + code + "&queryCode=" + query.toLowerCase()).statusCode()).isEqualTo(200);
		assertThat(http.get("/api/v1/requests/track?code=" + code + "&queryCode=ZZZZZZ").statusCode()).isEqualTo(404);
	}

	@Test
	void aPetitionsQueryCodeIsKeyedAndItsReviewOpensWithTheSameQueryCode() {
		var created = postJson("/api/v1/petitions", petition("\"钱复查\"", "13900158002", "复查密码")
				.getBytes(StandardCharsets.UTF_8), "application/json");
		assertThat(created.statusCode()).isEqualTo(201);
		String code = json(created).get("trackingCode").asString();
		String query = json(created).get("queryCode").asString();
		assertThat(jdbc.sql("select query_code_hash from petition where tracking_code = :c").param("c", code)
				.query(String.class).single()).startsWith("q1:").isNotEqualTo(QueryCodes.sha256Hex(query));
		jdbc.sql("update petition set query_code_hash = :old where tracking_code = :c").param("old", QueryCodes.sha256Hex(query))
				.param("c", code).update();
		QueryCodeUpgrade.wrapUnkeyed(jdbc, queryCodes, "petition");
		assertThat(new Http(port).get("/api/v1/petitions/track?code=" + code + "&queryCode=" + query).statusCode()).isEqualTo(200);
	}
}
