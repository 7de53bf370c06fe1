package sunshine.reporting.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sunshine.Http;
import sunshine.SunshineIntegrationTest;
import sunshine.agency.AgencyLookup;
import sunshine.reporting.imports.Finding.Severity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import sunshine.reporting.imports.Finding;
import sunshine.reporting.imports.ParsedReport;
import sunshine.reporting.imports.PublishedReportParser;
import sunshine.reporting.imports.ReportLinter;
import sunshine.reporting.Fixtures;

/** {@code GET /api/v1/reports/{agencyCode}/{year}/table}: the table computed from the reporting views. */
@SunshineIntegrationTest
class ReportTableIntegrationTests {

	static final String PASSWORD = "Test-Pass-2017";
	static final String SEED_AGENCY = "640000-xfj";

	@LocalServerPort
	int port;

	@Autowired
	ReportTables tables;

	@Autowired
	AgencyLookup agencies;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theComputed2017TableOfTheRegionalBureauEqualsTheSeedsAttachedTableInAll58Cells() {
		ParsedReport seed = new PublishedReportParser().parse(Fixtures.text(Fixtures.SEED));
		assertThat(seed.table().format()).isEqualTo(ReportFormat.ERA_2008);
		assertThat(seed.table().reportedCells()).isEqualTo(58);

		HttpResponse<String> response = get("/api/v1/reports/640000-xfj/2017/table", "reporter");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = json.readTree(response.body());
		assertThat(body.get("agency").asString()).isEqualTo(SEED_AGENCY);
		assertThat(body.get("year").asInt()).isEqualTo(2017);
		assertThat(body.get("format").asString()).isEqualTo("2008");
		List<String> differences = new ArrayList<>();
		int compared = 0;
		for (JsonNode row : body.get("rows")) {
			String id = row.get("id").asString();
			BigDecimal expected = seed.table().value(id);
			JsonNode value = row.get("value");
			BigDecimal actual = value.isNull() ? null : value.decimalValue();
			compared++;
			if (expected == null || actual == null || expected.compareTo(actual) != 0) {
				differences.add(id + ": seed " + expected + ", computed " + actual);
			}
			assertThat(row.get("label").asString()).isEqualTo(seed.table().layout().row(id).orElseThrow().label());
		}
		assertThat(differences).isEmpty();
		assertThat(compared).isEqualTo(58);
		// the same through the API of the module, compared with ReportComparison
		long region = agencies.byCode(SEED_AGENCY).orElseThrow().getId();
		assertThat(ReportComparison.compare(seed.table(), tables.compute(region, 2017).table())).isEmpty();
	}

	@Test
	void theEraFollowsTheYearAndSectionThreeIsKeyedByTheOfficialColumnLabels() {
		assertThat(json.readTree(get("/api/v1/reports/640000-xfj/2018/table", "reporter").body()).get("format").asString())
				.isEqualTo("2008");
		JsonNode y2019 = json.readTree(get("/api/v1/reports/640000-xfj/2019/table", "reporter").body());
		assertThat(y2019.get("format").asString()).isEqualTo("2019");
		assertThat(ids(y2019)).contains("2-1/规章", "2-1/规范性文件", "2-5/政府集中采购", "NEW", "CARRY_IN", "R6", "R7",
				"CARRY_OUT", "REVIEW", "LITIGATION_DIRECT", "LITIGATION_AFTER_REVIEW").doesNotContain("R6_1");
		JsonNode y2020 = json.readTree(get("/api/v1/reports/640000-xfj/2020/table", "reporter").body());
		assertThat(y2020.get("format").asString()).isEqualTo("2019");
		JsonNode y2021 = json.readTree(get("/api/v1/reports/640000-xfj/2021/table", "reporter").body());
		assertThat(y2021.get("format").asString()).isEqualTo("2021");
		assertThat(ids(y2021)).contains("2-1/行政规范性文件", "R6_1", "R6_2", "R6_3").doesNotContain("R6", "2-5/政府集中采购");
		// the linter and the carry-over chain to 2020 find nothing in the computed table
		assertThat(y2021.get("findings").valueStream().map(f -> f.get("severity").asString())).doesNotContain("error", "warning");
		JsonNode fresh = row(y2021, "NEW").get("values");
		assertThat(fresh.propertyNames()).containsExactly("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
		JsonNode review = row(y2021, "REVIEW").get("values");
		assertThat(review.propertyNames()).containsExactly("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
		// the 2019 trial format's project counts are not recorded anywhere: unknown, null
		assertThat(row(y2019, "2-2/行政许可").get("values").get("上一年项目数量").isNull()).isTrue();
	}

	@Test
	void everyTableFrom2019To2025OfTheDemoRegionIsBalancedAndCarriesInLastYearsCarryOut() {
		long region = agencies.byCode(SEED_AGENCY).orElseThrow().getId();
		ReportTable previous = tables.compute(region, 2018).table();
		for (int year = 2019; year <= 2025; year++) {
			ReportTable table = tables.compute(region, year).table();
			List<Finding> errors = new ReportLinter().lint(table).stream()
					.filter(f -> f.severity() == Severity.ERROR).toList();
			assertThat(errors).as("linter errors of %d", year).isEmpty();
			// the demo gives the bureau one application per applicant type and result every year from 2019
			assertThat(table.value("NEW", "总计")).as("new applications %d", year).isPositive();
			assertThat(table.value("R7", "总计")).as("results %d", year).isPositive();
			if (year > 2019) {
				for (String column : ReportLayout.APPLICANT_COLUMNS) {
					assertThat(table.value("CARRY_IN", column)).as("carry-in %d %s", year, column)
							.isEqualByComparingTo(previous.value("CARRY_OUT", column));
				}
			}
			previous = table;
		}
	}

	@Test
	void aCallerWhoseScopeLacksTheAgencyIsRefusedAndAnUnknownAgencyIsNotFound() {
		assertThat(get("/api/v1/reports/640000-xfj/2017/table", "handler-640100").statusCode()).isEqualTo(403);
		assertThat(get("/api/v1/reports/640100-xfj/2021/table", "handler-640100").statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/reports/999999-xfj/2021/table", "reporter").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/reports/640000-xfj/1999/table", "reporter").statusCode()).isEqualTo(400);
		assertThat(new Http(port).get("/api/v1/reports/640000-xfj/2017/table").statusCode()).isEqualTo(401);
	}

	@Test
	void theRollUpSumsTheAgencyAndEveryAgencyBelowIt() {
		long region = agencies.byCode(SEED_AGENCY).orElseThrow().getId();
		int year = 2022;
		long started = System.nanoTime();
		ReportTable rollup = tables.rollup(region, year).table();
		long millis = (System.nanoTime() - started) / 1_000_000;
		org.slf4j.LoggerFactory.getLogger(getClass()).info("Roll-up of 28 agencies for {} computed in {} ms", year, millis);
		assertThat(millis).isLessThan(10_000);
		ReportTable sum = TableComputation.empty(year);
		for (long id : tables.rollupOf(region)) {
			ReportTable own = tables.compute(id, year).table();
			for (ReportRow row : sum.layout().rows()) {
				for (String column : row.columns()) {
					BigDecimal a = sum.value(row.id(), column);
					BigDecimal b = own.value(row.id(), column);
					sum.put(row.id(), column, a == null || b == null ? null : a.add(b));
				}
			}
		}
		assertThat(tables.rollupOf(region)).hasSize(28);
		assertThat(ReportComparison.compare(sum, rollup)).isEmpty();
		assertThat(rollup.value("NEW", "总计")).isGreaterThan(tables.compute(region, year).table().value("NEW", "总计"));
		JsonNode body = json.readTree(get("/api/v1/reports/640000-xfj/2022/table?rollup=true", "reporter").body());
		assertThat(row(body, "NEW").get("values").get("总计").asInt()).isEqualTo(rollup.value("NEW", "总计").intValue());
	}

	@Test
	void aCellDrillsDownToTheRecordsCountedInIt() {
		JsonNode table = json.readTree(get("/api/v1/reports/640000-xfj/2021/table", "reporter").body());
		int total = row(table, "R1").get("values").get("总计").asInt();
		JsonNode cell = json.readTree(get("/api/v1/reports/640000-xfj/2021/table/cells/R1?column=总计".replace("总计",
				java.net.URLEncoder.encode("总计", java.nio.charset.StandardCharsets.UTF_8)), "reporter").body());
		assertThat(cell.get("records")).hasSize(total);
		assertThat(cell.get("records").get(0).asString()).startsWith("request:");
		JsonNode items = json.readTree(get("/api/v1/reports/640000-xfj/2017/table/cells/S1_2_4", "reporter").body());
		assertThat(items.get("records")).hasSize(452);
	}

	private HttpResponse<String> get(String path, String user) {
		return new Http(port).get(path, "Authorization", Http.basic(user, PASSWORD), "Accept", "application/json");
	}

	private static List<String> ids(JsonNode table) {
		return table.get("rows").valueStream().map(r -> r.get("id").asString()).toList();
	}

	private static JsonNode row(JsonNode table, String id) {
		return table.get("rows").valueStream().filter(r -> r.get("id").asString().equals(id)).findFirst().orElseThrow();
	}
}
