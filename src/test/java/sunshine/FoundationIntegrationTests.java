package sunshine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The platform as a fresh installation sees it: migrations applied and validated, the demo region
 * loaded, the public endpoints answering, the staff API closed to strangers.
 */
@SunshineIntegrationTest
class FoundationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@Test
	void loadsTheNingxiaRegionWithTwentySevenCityAndCountyBureaus() {
		assertThat(count("select count(*) from agency")).isEqualTo(28);
		assertThat(count("select count(*) from agency where agency_level = 'CITY'")).isEqualTo(5);
		assertThat(count("select count(*) from agency where agency_level = 'COUNTY'")).isEqualTo(22);
		assertThat(jdbc.sql("select name from agency where code = '640000-xfj'").query(String.class).single())
				.isEqualTo("宁夏回族自治区信访局");
		assertThat(jdbc.sql("""
				select p.code from agency c join agency p on p.id = c.parent_id where c.code = '640104-xfj'
				""").query(String.class).single()).isEqualTo("640100-xfj");
		assertThat(jdbc.sql("select name from agency where code = '640522-xfj'").query(String.class).single())
				.isEqualTo("海原县信访局");
		// the ten seed accounts (other tests open accounts of their own in the same database)
		assertThat(count("""
				select count(*) from staff_account where username in ('sysadmin', 'secadmin', 'auditor', 'registrar',
				  'handler', 'reviewer', 'leader', 'supervisor', 'editor', 'reporter')""")).isEqualTo(10);
		assertThat(count("select count(*) from staff_account where username like 'handler-64%'")).isEqualTo(27);
		assertThat(count("select count(*) from department")).isGreaterThan(28);
		assertThat(count("select count(*) from responsible_unit")).isGreaterThan(28);
	}

	@Test
	void shipsTheHolidaySchedulesOf2017To2026() {
		assertThat(jdbc.sql("select year_number from calendar_year order by year_number").query(Integer.class).list())
				.containsExactly(2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
		assertThat(count("select count(*) from calendar_day where year_number = 2025 and kind = 'OFF'")).isEqualTo(28);
	}

	@Test
	void reportsHealthWithoutLogin() {
		HttpResponse<String> response = http.get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void computesAStatutoryDeadlineForAnyone() {
		HttpResponse<String> response = http.get("/api/v1/calendar/deadline?from=2025-09-26&workingDays=20");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"due\":\"2025-10-30\"", "\"calendarComplete\":true",
				"国庆节、中秋节放假", "截止日期：2025年10月30日（周四）");
	}

	@Test
	void rollsACalendarDayPeriodOutOfTheMayDayHoliday() {
		HttpResponse<String> response = http.get("/api/v1/calendar/deadline?from=2025-03-03&calendarDays=60");
		assertThat(response.body()).contains("\"due\":\"2025-05-06\"", "第二百零三条");
	}

	@Test
	void saysWhenAPeriodReachesAYearWithoutASchedule() {
		HttpResponse<String> response = http.get("/api/v1/calendar/deadline?from=2026-12-20&workingDays=20");
		assertThat(response.body()).contains("\"calendarComplete\":false", "\"unloadedYears\":[2027]");
	}

	@Test
	void explainsInEnglishWhenAskedTo() {
		HttpResponse<String> response = http.get("/api/v1/calendar/deadline?from=2025-09-26&workingDays=20",
				"Accept-Language", "en");
		assertThat(response.body()).contains("Deadline: 30 Oct 2025 (Thu)");
	}

	@Test
	void refusesABadQuestionWithAChineseMessageNamingTheField() {
		HttpResponse<String> response = http.get("/api/v1/calendar/deadline?from=2025-13-40&workingDays=20");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("起算日期", "\"fields\":[\"from\"]");
		assertThat(http.get("/api/v1/calendar/deadline?from=2025-01-01").statusCode()).isEqualTo(400);
		assertThat(http.get("/api/v1/calendar/deadline?from=2025-01-01&workingDays=20&calendarDays=3").statusCode())
				.isEqualTo(400);
		assertThat(http.get("/api/v1/calendar/deadline?from=2025-01-01&workingDays=-5").statusCode()).isEqualTo(400);
	}

	@Test
	void tellsAStaffScriptWhoItIs() {
		HttpResponse<String> response = http.get("/api/v1/me", "Authorization", Http.basic("handler", "Test-Pass-2017"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"username\":\"handler\"", "\"name\":\"王海涛\"",
				"\"agencyCode\":\"640000-xfj\"", "\"roles\":[\"HANDLER\"]");
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void closesTheStaffApiToStrangers() {
		HttpResponse<String> response = http.get("/api/v1/me");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("请先登录");
		assertThat(http.get("/api/v1/me", "Authorization", Http.basic("handler", "wrong-password")).statusCode())
				.isEqualTo(401);
	}

	@Test
	void keepsTheConsoleBehindTheLogin() {
		HttpResponse<String> response = http.get("/console");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(http.get("/console/audit").statusCode()).isEqualTo(302);
	}

	@Test
	void createsNoSessionForAnonymousReaders() {
		for (String path : new String[] { "/", "/tools/deadline", "/tools/deadline?from=2025-09-26&amount=20",
				"/api/v1/calendar/deadline?from=2025-09-26&workingDays=20", "/actuator/health" }) {
			HttpResponse<String> response = http.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
		}
	}

	@Test
	void keepsStaffSessionsInTheDatabaseSoAnyNodeServesThem() throws Exception {
		var client = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
				.followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
		String base = "http://localhost:" + port;
		String login = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login")).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString()).body();
		var token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(token.find()).isTrue();
		var form = "username=leader&password=Test-Pass-2017&_csrf=" + token.group(1);
		var response = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/console");
		assertThat(jdbc.sql("select max_inactive_interval from SPRING_SESSION where principal_name = 'leader'")
				.query(Integer.class).list()).as("sessions in the database, idle for at most 30 minutes").contains(1800);
	}

	@Test
	void forbidsFramingAndForeignScripts() {
		HttpResponse<String> response = http.get("/");
		assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
				.contains("frame-ancestors 'none'", "script-src 'self'");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void servesTheDeadlineCalculatorPageWithoutJavaScript() {
		HttpResponse<String> response = http.get("/tools/deadline?from=2025-09-26&amount=20&unit=WORKING_DAYS");
		assertThat(response.body()).contains("截止日期：2025年10月30日（周四）", "<html lang=\"zh-CN\"");
		HttpResponse<String> bad = http.get("/tools/deadline?from=yesterday&amount=20");
		assertThat(bad.body()).contains("起算日期“yesterday”格式不正确", "value=\"yesterday\"");
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
