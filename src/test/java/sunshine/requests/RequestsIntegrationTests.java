package sunshine.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import sunshine.Http;
import sunshine.ReferenceCalendar;
import sunshine.SunshineIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole flow of an application on a real database: the public API and its refusals, staff
 * registration with the receipt date of 第三十一条, extension and answer through the console, the
 * letters, the remedies, the reporting views, the audit trail, and tracking by the citizen.
 */
@SunshineIntegrationTest
class RequestsIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();
	// 640102198001011232: check character worked out by hand in RequestApplicationTests
	static final String ID = "640102198001011232";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	private JsonNode postApplication(String json, int expectedStatus) throws Exception {
		var result = mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON).content(json))
				.andExpect(status().is(expectedStatus)).andReturn();
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void acceptsAnOnlineApplicationAndTellsTheCodesAndDates() throws Exception {
		LocalDate before = LocalDate.now(clock);
		JsonNode body = postApplication("""
				{"agency":"640000-xfj","applicantType":"自然人","name":"网申甲","idNumber":"%s","phone":"13895000001",
				 "address":"银川市兴庆区解放西街369号","description":"2024年度信访事项办理情况统计","purpose":"研究",
				 "delivery":"电子邮件","email":"jia@example.cn"}
				""".formatted(ID), 201);
		assertThat(body.get("trackingCode").asString()).matches("GK-\\d{4}-[2-9A-HJKMNP-Z]{8}");
		assertThat(body.get("queryCode").asString()).matches("[2-9A-HJKMNP-Z]{6}");
		LocalDate after = LocalDate.now(clock);
		// received on the day both sides confirm: the day of submission, or the next working day when it is a
		// day off (第三十一条); the answer is due on the 20th working day after receipt (第三十三条) — both
		// on the reference calendar, for the day before and after the request (they differ only across midnight)
		LocalDate receipt = LocalDate.parse(body.get("receivedOn").asString());
		assertThat(receipt).isIn(ReferenceCalendar.onOrNextWorkingDay(before), ReferenceCalendar.onOrNextWorkingDay(after));
		assertThat(body.get("dueOn").asString()).isEqualTo(ReferenceCalendar.workingDaysLater(receipt, 20).toString());

		String code = body.get("trackingCode").asString();
		var tracked = http.get("/api/v1/requests/track?code=" + code + "&queryCode=" + body.get("queryCode").asString());
		assertThat(tracked.statusCode()).isEqualTo(200);
		assertThat(tracked.body()).contains("\"status\":\"RECEIVED\"", "宁夏回族自治区信访局", "登记回执", "截止日期：" + chineseDay(LocalDate.parse(body.get("dueOn").asString())));
		assertThat(tracked.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void refusesBadFieldsWithAChineseMessageForEachAndStoresNothing() throws Exception {
		long before = jdbc.sql("select count(*) from disclosure_request").query(Long.class).single();
		JsonNode body = postApplication("""
				{"agency":"640000-xfj","applicantType":"商业企业","name":"宁夏某某有限公司","creditCode":"91640100MA76A1B2C0",
				 "phone":"12345","address":"银川市","description":""}
				""", 400);
		assertThat(body.get("fields").toString()).contains("creditCode", "phone", "description");
		assertThat(body.get("errors").get("creditCode").asString()).contains("统一社会信用代码", "校验码");
		assertThat(body.get("errors").get("phone").asString()).contains("联系电话");
		assertThat(body.get("message").asString()).contains("统一社会信用代码");
		assertThat(postApplication("{\"agency\":\"999999-xfj\",\"applicantType\":\"外星人\"}", 400).get("errors")
				.get("applicantType").asString()).contains("申请人类型");
		assertThat(postApplication("not json", 400).get("message").asString()).contains("JSON");
		assertThat(jdbc.sql("select count(*) from disclosure_request").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void revealsNothingForAWrongQueryCode() throws Exception {
		JsonNode body = postApplication("""
				{"agency":"640100-xfj","applicantType":"科研机构","name":"宁夏某研究院","creditCode":"91640100MA76A1B2CR",
				 "phone":"0951-5057143","address":"银川市金凤区","description":"信访量统计"}
				""", 201);
		String code = body.get("trackingCode").asString();
		var wrong = http.get("/api/v1/requests/track?code=" + code + "&queryCode=WRONG2");
		var unknown = http.get("/api/v1/requests/track?code=GK-2025-ZZZZZZZZ&queryCode=WRONG2");
		assertThat(wrong.statusCode()).isEqualTo(404);
		assertThat(wrong.body()).isEqualTo(unknown.body()).doesNotContain(code, "宁夏某研究院");
		assertThat(http.get("/requests/track?code=" + code + "&queryCode=WRONG2").body()).contains("查询码或密码不正确")
				.doesNotContain("宁夏某研究院");
	}

	@Test
	void registersALetterExtendsAnswersAndShowsTheAnswerToTheCitizen() throws Exception {
		var handler = user(users.loadUserByUsername("handler"));
		var registrar = user(users.loadUserByUsername("registrar"));
		var result = mvc.perform(post("/console/requests/new").with(registrar).with(csrf())
				.param("channel", "REGISTERED_MAIL").param("arrivedOn", "2025-03-03").param("confirmedOn", "2025-03-04")
				.param("applicantType", "NATURAL_PERSON").param("name", "来信乙").param("idNumber", ID)
				.param("phone", "13895000002").param("address", "吴忠市利通区").param("description", "2024年信访听证工作情况")
				.param("delivery", "PAPER"))
				.andExpect(status().is3xxRedirection()).andReturn();
		var submission = (DisclosureRequestManagement.Submission) result.getFlashMap().get("submission");
		// signed for on Tue Mar 4 (第三十一条); Mar 5–7 (3), 10–14 (8), 17–21 (13), 24–28 (18), Mar 31–Apr 1 (20)
		assertThat(submission.receivedOn()).isEqualTo(LocalDate.of(2025, 3, 4));
		assertThat(submission.dueOn()).isEqualTo(LocalDate.of(2025, 4, 1));
		long id = jdbc.sql("select id from disclosure_request where tracking_code = :code")
				.param("code", submission.trackingCode()).query(Long.class).single();

		String fresh = mvc.perform(get("/console/requests/" + id).with(handler)).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		// 7 working days after Tue Mar 4: Mar 5–7 (3), Mar 10–13 (7)
		assertThat(fresh).contains("id=\"correction-notice-by\">2025年3月13日<");
		act(id, "ACCEPT", Map.of("on", "2025-03-05"), registrar);
		act(id, "EXTEND", Map.of("days", "20", "approvedBy", "刘志强", "reason", "需要调取多个处室档案", "on", "2025-03-25"));
		// from Apr 1: Apr 2–3 (2), 清明 Apr 4–6, Apr 7–11 (7), 14–18 (12), 21–25 (17), Sun Apr 27 worked (18), Apr 28–29 (20)
		assertThat(jdbc.sql("select due_on from disclosure_request where id = :id").param("id", id)
				.query(LocalDate.class).single()).isEqualTo(LocalDate.of(2025, 4, 29));
		String page = mvc.perform(get("/console/requests/" + id).with(handler)).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8);
		// the handler's own steps only: no second extension, no acceptance (the registrar's), no signing (the leader's)
		assertThat(page).contains("action-DRAFT_ANSWER", "action-CONSULT")
				.doesNotContain("action-EXTEND", "action-ACCEPT", "action-ANSWER\"", "action-APPROVE_ANSWER");
		assertThat(page).contains("清明节");
		// a malformed agency-set date is refused by name, and what was typed is shown again
		var refused = mvc.perform(post("/console/requests/" + id + "/actions/SET_AGENCY_DATE").with(handler).with(csrf())
				.param("date", "2025-13-01").param("reason", "同一申请人本月申请四十件")).andReturn();
		assertThat(refused.getFlashMap().get("errors").toString()).contains("延迟答复的期限", "2025-13-01");
		// The flash map arrives as the redirected request's input; handed over directly, because MockMvc's own
		// flash hand-over goes through a container session that Spring Session's filter does not read.
		String again = mvc.perform(get("/console/requests/" + id).with(handler)
				.requestAttr(org.springframework.web.servlet.DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, refused.getFlashMap()))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(again).contains("value=\"同一申请人本月申请四十件\"", "action-errors");

		// 拟办 by the handler, 审核 by the reviewer, 签发 by the signing leader, who issues the answer
		act(id, "DRAFT_ANSWER", Map.of("outcome", "R2", "text", "听证工作情况见附件，涉及个人信息部分不予公开。"));
		act(id, "APPROVE_ANSWER", Map.of(), user(users.loadUserByUsername("reviewer")));
		act(id, "ANSWER", Map.of("on", "2025-04-10"), user(users.loadUserByUsername("leader")));
		var view = jdbc.sql("select * from report_requests_applications where request_id = :id").param("id", id).query()
				.singleRow();
		assertThat(lower(view)).containsEntry("outcome_code", "R2").containsEntry("outcome_2019", "R2")
				.containsEntry("outcome_2008", "S3_3_3").containsEntry("era", "2019").containsEntry("applicant_column", "自然人")
				.containsEntry("channel_row_2008", "S3_1_4");
		assertThat(((Number) lower(view).get("extended")).intValue()).isEqualTo(1);
		assertThat(((Number) lower(view).get("late")).intValue()).isZero();

		var pdf = mvc.perform(get("/console/requests/" + id + "/letters/ANSWER.pdf").with(handler))
				.andExpect(status().isOk()).andReturn().getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		var docx = mvc.perform(get("/console/requests/" + id + "/letters/EXTENSION.docx").with(handler))
				.andExpect(status().isOk()).andReturn().getResponse();
		assertThat(docx.getContentAsByteArray()[0]).isEqualTo((byte) 'P');

		assertThat(jdbc.sql("""
				select action from audit_entry where subject = :subject order by seq
				""").param("subject", "request:" + submission.trackingCode()).query(String.class).list())
				// the two letter downloads are recorded too: each carries the applicant's name
				.containsExactly("request.received", "request.accepted", "request.extended", "request.answerDrafted",
						"request.answerApproved", "request.answered", "personal-data.revealed", "personal-data.revealed");

		var tracked = http.get("/requests/track?code=" + submission.trackingCode() + "&queryCode=" + submission.queryCode());
		assertThat(tracked.body()).contains("已办结", "部分公开", "听证工作情况见附件", "政府信息公开申请答复书");
		assertThat(tracked.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
		var letter = http.get("/requests/track/letter?code=" + submission.trackingCode() + "&queryCode="
				+ submission.queryCode() + "&kind=ANSWER&format=pdf");
		assertThat(letter.statusCode()).isEqualTo(200);
	}

	@Test
	void recordsAReconsiderationAndItsResultForSectionFour() throws Exception {
		// a county office where one person registers, handles, reviews and signs
		var handler = user(withCaseRoles(users.loadUserByUsername("handler-640104")));
		var result = mvc.perform(post("/console/requests/new").with(handler).with(csrf())
				.param("channel", "IN_PERSON").param("arrivedOn", "2024-06-03")
				.param("applicantType", "LEGAL_SERVICE_INSTITUTION").param("name", "宁夏某律师事务所")
				.param("creditCode", "91640100MA76A1B2CR").param("phone", "13895000003").param("address", "银川市兴庆区")
				.param("description", "某信访事项的办理记录").param("delivery", "PAPER"))
				.andExpect(status().is3xxRedirection()).andReturn();
		var submission = (DisclosureRequestManagement.Submission) result.getFlashMap().get("submission");
		long id = jdbc.sql("select id from disclosure_request where tracking_code = :code")
				.param("code", submission.trackingCode()).query(Long.class).single();
		act(id, "DRAFT_ANSWER", Map.of("outcome", "R3_7"), handler);
		act(id, "APPROVE_ANSWER", Map.of(), handler);
		act(id, "ANSWER", Map.of("on", "2024-06-20"), handler);
		mvc.perform(post("/console/requests/" + id + "/remedies").with(handler).with(csrf())
				.param("kind", "RECONSIDERATION").param("filedOn", "2024-07-15").param("note", "申请人申请行政复议"))
				.andExpect(status().is3xxRedirection());
		long remedy = jdbc.sql("select id from request_remedy where request_id = :id").param("id", id).query(Long.class)
				.single();
		mvc.perform(post("/console/requests/" + id + "/remedies/" + remedy).with(handler).with(csrf())
				.param("result", "UPHELD").param("decidedOn", "2024-09-10")).andExpect(status().is3xxRedirection());
		var row = lower(jdbc.sql("select * from report_requests_remedies where remedy_id = :id").param("id", remedy).query()
				.singleRow());
		assertThat(row).containsEntry("report_row", "REVIEW").containsEntry("result_column", "结果维持");
		assertThat(row.get("decided_on").toString()).isEqualTo("2024-09-10");
	}

	@Test
	void showsEachStaffMemberOnlyTheirScopeAndNoAdministratorAtAll() throws Exception {
		mvc.perform(get("/console/requests").with(user(users.loadUserByUsername("sysadmin")))).andExpect(status().isForbidden());
		String queue = mvc.perform(get("/console/requests").with(user(users.loadUserByUsername("handler-640522"))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(queue).doesNotContain("宁夏回族自治区信访局</td>", "银川市信访局</td>");
		var supervisor = user(users.loadUserByUsername("supervisor"));
		String wide = mvc.perform(get("/console/requests").param("view", "overdue").with(supervisor)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(wide).as("the demo has overdue requests at the region and in Yinchuan").contains("已超期", "银川市信访局</td>");
		assertThat(mvc.perform(get("/console/requests/new").with(supervisor)).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("登记申请", "信函（平信）");
	}

	@Test
	void recordsAComplaintThatConcernsNoSingleRequest() throws Exception {
		var handler = user(users.loadUserByUsername("handler-640200"));
		mvc.perform(post("/console/requests/complaints").with(handler).with(csrf()).param("filedOn", "2025-06-03")
				.param("note", "群众反映未按时答复")).andExpect(status().is3xxRedirection());
		var row = lower(jdbc.sql("""
				select v.* from report_requests_remedies v join agency a on a.id = v.agency_id
				where a.code = '640200-xfj' and v.kind = 'COMPLAINT' and v.filed_on = :filed
				""").param("filed", LocalDate.of(2025, 6, 3)).query().singleRow());
		assertThat(row.get("request_id")).isNull();
		assertThat(row.get("report_row")).isNull();
	}

	@Test
	void servesThePublicPagesWithoutASessionExceptTheForm() {
		for (String path : new String[] { "/requests", "/requests/track" }) {
			var response = http.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
		}
		var form = http.get("/requests/apply");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("在线申请", "_csrf", "统一社会信用代码");
		assertThat(http.get("/requests/apply?lang=en").body()).contains("Apply online", "Unified social credit code");
	}

	@Test
	void speaksEnglishInTheConsoleWhenAsked() throws Exception {
		var handler = user(users.loadUserByUsername("handler"));
		String queue = mvc.perform(get("/console/requests").param("lang", "en").with(handler)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(queue).contains("Disclosure applications", "Due within 3 working days");
		long id = jdbc.sql("""
				select r.id from disclosure_request r join agency a on a.id = r.agency_id
				where a.code = '640000-xfj' and r.status = 'CLOSED' order by r.id fetch first 1 rows only
				""").query(Long.class).single();
		assertThat(mvc.perform(get("/console/requests/" + id).param("lang", "en").with(handler)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Filed", "History");
	}

	private void act(long id, String action, Map<String, String> params) throws Exception {
		act(id, action, params, user(users.loadUserByUsername("handler")));
	}

	private void act(long id, String action, Map<String, String> params,
			org.springframework.test.web.servlet.request.RequestPostProcessor who) throws Exception {
		MockHttpServletRequestBuilder request = post("/console/requests/" + id + "/actions/" + action).with(who).with(csrf());
		params.forEach(request::param);
		var result = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
		assertThat(result.getFlashMap().get("errors")).as(action).isNull();
	}

	/** The account with every case role (登记, 承办, 审核, 签发), as one person holds them in a small office. */
	static sunshine.agency.StaffUser withCaseRoles(org.springframework.security.core.userdetails.UserDetails details) {
		var u = (sunshine.agency.StaffUser) details;
		return new sunshine.agency.StaffUser(u.accountId(), u.username(), u.displayName(), u.agencyId(), u.agencyCode(),
				u.agencyName(), java.util.EnumSet.of(sunshine.agency.Role.REGISTRAR, sunshine.agency.Role.HANDLER,
						sunshine.agency.Role.REVIEWER, sunshine.agency.Role.SIGNING_LEADER), u.passwordHash(), u.enabled(),
				u.locked());
	}

	private static Map<String, Object> lower(Map<String, Object> row) {
		var map = new java.util.HashMap<String, Object>();
		row.forEach((key, value) -> map.put(key.toLowerCase(java.util.Locale.ROOT), value));
		return map;
	}

	/** 2025年3月4日, written out by hand. */
	static String chineseDay(LocalDate day) {
		return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}
}
