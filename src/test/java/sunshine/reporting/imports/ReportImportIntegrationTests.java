package sunshine.reporting.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import sunshine.Http;
import sunshine.SunshineIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import sunshine.reporting.Fixtures;

/** {@code POST /api/v1/reports/import} and the reviewer's decisions on findings, over HTTP with Basic auth. */
@SunshineIntegrationTest
class ReportImportIntegrationTests {

	static final String PASSWORD = "Test-Pass-2017";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final HttpClient client = HttpClient.newHttpClient();
	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void importsTheSeedAndReturnsItsTableAndItsThreeFindings() {
		HttpResponse<String> response = post("/api/v1/reports/import?name=seed.txt", "text/plain; charset=UTF-8",
				Fixtures.text(Fixtures.SEED), "reporter");

		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode body = json.readTree(response.body());
		assertThat(body.get("agency").asString()).isEqualTo("自治区信访局");
		assertThat(body.get("agencyCode").asString()).isEqualTo("640000-xfj");
		assertThat(body.get("year").asInt()).isEqualTo(2017);
		assertThat(body.get("format").asString()).isEqualTo("2008");
		int values = 0;
		for (JsonNode row : body.get("rows")) {
			values += row.get("value").isNull() ? 0 : 1;
		}
		assertThat(values).isEqualTo(58);
		assertThat(body.get("rows").get(4).get("id").asString()).isEqualTo("S1_2_2");
		assertThat(body.get("rows").get(4).get("label").asString()).isEqualTo("2.政府网站公开政府信息数");
		assertThat(body.get("rows").get(4).get("value").asInt()).isEqualTo(467);
		assertThat(body.get("unread")).isEmpty();
		assertThat(body.get("findings")).hasSize(3);
		assertThat(body.get("findings").valueStream().map(f -> f.get("rule").asString() + ":" + f.get("otherValue").asInt()))
				.containsExactlyInAnyOrder("PROSE.TABLE_MISMATCH:672", "PROSE.PARTS_SUM:682", "PROSE.TABLE_MISMATCH:62");
		assertThat(body.get("findings").get(0).get("status").asString()).isEqualTo("open");
		long id = body.get("id").asLong();
		assertThat(jdbc.sql("select count(*) from report_finding where import_id = ?").param(id).query(Long.class).single())
				.isEqualTo(3L);
		HttpResponse<String> list = get("/api/v1/reports/imports", "reporter");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(json.readTree(list.body()).valueStream().map(i -> i.get("id").asLong())).contains(id);
		assertThat(get("/api/v1/reports/imports/" + id, "handler-640100").statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'report.imported' and subject = ?")
				.param("report-import:" + id).query(Long.class).single()).isEqualTo(1L);
	}

	@Test
	void theDemoRegionShipsTheSeedReportImportedWithItsFindings() {
		assertThat(jdbc.sql("""
				select count(*) from report_finding f join report_import i on i.id = f.import_id
				where i.imported_by = 'reporter' and i.report_agency_code = '640000-xfj' and i.reporting_year = 2017
				  and f.rule_id in ('PROSE.TABLE_MISMATCH', 'PROSE.PARTS_SUM')
				""").query(Long.class).single()).isGreaterThanOrEqualTo(3L);
	}

	@Test
	void readsAnHtmlReportWithTheRowsOfTheTableEndpoint() {
		String html = "<html><body><h1>某区人民政府2022年政府信息公开工作年度报告</h1><p>二、主动公开政府信息情况</p>"
				+ "<table><tr><td colspan=4>第二十条第（一）项</td></tr><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
				+ "<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政规范性文件</td><td>3</td><td>1</td><td>&nbsp;</td></tr></table>"
				+ "<p>五、存在的主要问题及改进情况</p></body></html>";

		HttpResponse<String> response = post("/api/v1/reports/import", "text/html; charset=UTF-8", html, "reporter");

		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode body = json.readTree(response.body());
		assertThat(body.get("format").asString()).isEqualTo("2021");
		assertThat(body.get("year").asInt()).isEqualTo(2022);
		JsonNode documents = body.get("rows").get(1);
		assertThat(documents.get("id").asString()).isEqualTo("2-1/行政规范性文件");
		assertThat(documents.get("values").get("本年制发件数").asInt()).isEqualTo(3);
		assertThat(documents.get("values").get("现行有效件数").isNull()).isTrue();
		assertThat(body.get("unread").valueStream().filter(u -> u.get("row").asString().equals("2-1/行政规范性文件"))
				.map(u -> u.get("reason").asString())).containsExactly("blank");
	}

	@Test
	void recordsTheReviewersDecisionsAndInsistsOnAReasonForDismissing() {
		JsonNode imported = json.readTree(post("/api/v1/reports/import", "text/plain; charset=UTF-8",
				Fixtures.text("007-shuyang-xianzhengfu-2025").replace("共受理政府信息公开申请 749 件", "共受理政府信息公开申请 750 件"),
				"reporter").body());
		long id = imported.get("id").asLong();
		JsonNode finding = imported.get("findings").valueStream().filter(f -> f.get("rule").asString().equals("PROSE.TABLE_MISMATCH"))
				.findFirst().orElseThrow();
		long findingId = finding.get("id").asLong();
		assertThat(finding.get("tableValue").asInt()).isEqualTo(713);
		assertThat(finding.get("otherValue").asInt()).isEqualTo(750);

		HttpResponse<String> noReason = post("/api/v1/reports/imports/" + id + "/findings/" + findingId + "/dismiss",
				"application/json", "{\"reason\":\"  \"}", "reporter");
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("不予采纳的理由");

		HttpResponse<String> dismissed = post("/api/v1/reports/imports/" + id + "/findings/" + findingId + "/dismiss",
				"application/json", "{\"reason\":\"正文含上年结转，口径不同\"}", "reporter");
		assertThat(dismissed.statusCode()).isEqualTo(200);
		JsonNode after = json.readTree(dismissed.body()).get("findings").valueStream()
				.filter(f -> f.get("id").asLong() == findingId).findFirst().orElseThrow();
		assertThat(after.get("status").asString()).isEqualTo("dismissed");
		assertThat(after.get("reason").asString()).isEqualTo("正文含上年结转，口径不同");

		HttpResponse<String> again = post("/api/v1/reports/imports/" + id + "/findings/" + findingId + "/confirm",
				"application/json", "", "reporter");
		assertThat(again.statusCode()).isEqualTo(409);

		assertThat(post("/api/v1/reports/imports/" + id + "/findings/" + findingId + "/reopen", "application/json", "",
				"reporter").statusCode()).isEqualTo(200);
		HttpResponse<String> confirmed = post("/api/v1/reports/imports/" + id + "/findings/" + findingId + "/confirm",
				"application/json", "", "reporter");
		assertThat(confirmed.statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("select status from report_finding where id = ?").param(findingId).query(String.class).single())
				.isEqualTo("CONFIRMED");
		assertThat(jdbc.sql("select count(*) from audit_entry where subject = ?").param("report-finding:" + findingId)
				.query(Long.class).single()).isEqualTo(3L);
	}

	@Test
	void comparesThisYearsCarryInWithLastYearsCarryOutOfTheSameAgency() {
		// 洪泽 2023 carries 0 over; a 2024 report of the same agency claiming 2 carried in (and 93 new) disagrees
		String earlier = Fixtures.text("005-hongze-quzhengfu-2023").replace("洪泽区", "泽测区");
		String later = Fixtures.text("006-hongze-quzhengfu-2024").replace("洪泽区", "泽测区")
				.replaceFirst("(?m)^(一、本年新收政府信息公开申请数量\\s+)95(.*)95$", "$193$293")
				.replaceFirst("(?m)^(二、上年结转政府信息公开申请数量\\s+)0(.*)0$", "$12$22");
		assertThat(post("/api/v1/reports/import", "text/plain; charset=UTF-8", earlier, "reporter").statusCode()).isEqualTo(201);

		JsonNode body = json.readTree(post("/api/v1/reports/import", "text/plain; charset=UTF-8", later, "reporter").body());

		assertThat(body.get("agency").asString()).isEqualTo("淮安市泽测区人民政府");
		assertThat(body.get("findings").valueStream().filter(f -> f.get("rule").asString().equals("T3.CARRY_OVER_CHAIN"))
				.map(f -> f.get("column").asString() + ":" + f.get("tableValue").asInt() + "/" + f.get("otherValue").asInt()))
				.containsExactlyInAnyOrder("自然人:2/0", "总计:2/0");
	}

	@Test
	void keepsImportsToStaffWhoMayImport() {
		assertThat(post("/api/v1/reports/import", "text/plain; charset=UTF-8", "x", null).statusCode()).isIn(401, 403);
		HttpResponse<String> handler = post("/api/v1/reports/import", "text/plain; charset=UTF-8",
				Fixtures.text(Fixtures.SEED), "handler");
		assertThat(handler.statusCode()).isEqualTo(403);
		HttpResponse<String> empty = post("/api/v1/reports/import", "text/plain; charset=UTF-8", "  ", "reporter");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("报告正文");
	}

	private HttpResponse<String> get(String path, String username) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", Http.basic(username, PASSWORD)).GET().build();
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	private HttpResponse<String> post(String path, String contentType, String body, String username) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", contentType)
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (username != null) {
			request.header("Authorization", Http.basic(username, PASSWORD));
		}
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}
}
