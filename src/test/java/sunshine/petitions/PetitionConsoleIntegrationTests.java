package sunshine.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import sunshine.Http;
import sunshine.SunshineIntegrationTest;

/**
 * The staff console and the public board as pages: queues show only what a role may do, supervision
 * orders and hearings are recorded, the reminder job audits overdue work, the analysis page and its
 * Excel export carry the seed's year-on-year change, the board is read without a session and without
 * personal data.
 */
@SunshineIntegrationTest
class PetitionConsoleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PetitionManagement petitions;

	@Autowired
	PetitionSupervision supervision;

	@Autowired
	java.time.Clock clock;

	@LocalServerPort
	int port;

	UserDetails staff(String username) {
		return users.loadUserByUsername(username);
	}

	long submitted(String title) {
		var receipt = petitions.submitOnline(new Submission("640000-xfj", "网上投诉", "杨华",
				"64020219700101002" + sunshine.shared.ChineseIdNumber.checkCharacter("64020219700101002"), "13895001122", null,
				title, "内容", "LABOUR_PENSION", null));
		return jdbc.sql("select id from petition where tracking_code = :c").param("c", receipt.trackingCode())
				.query(Long.class).single();
	}

	@Test
	void showsEachRoleOnlyTheActionsItMayTake() throws Exception {
		long id = submitted("养老金待遇核定异议");
		String registrar = mvc.perform(get("/console/petitions/" + id).with(user(staff("registrar")))).andReturn()
				.getResponse().getContentAsString();
		assertThat(registrar).contains("id=\"do-accept\"", "不予受理").doesNotContain("id=\"do-claim\"", "id=\"do-sign\"");
		assertThat(registrar).contains("《信访工作条例》第二十二条", "id=\"deadlines\"");
		String handler = mvc.perform(get("/console/petitions/" + id).with(user(staff("handler")))).andReturn()
				.getResponse().getContentAsString();
		assertThat(handler).doesNotContain("id=\"do-accept\"");
		String queue = mvc.perform(get("/console/petitions").with(user(staff("registrar")))).andReturn().getResponse()
				.getContentAsString();
		assertThat(queue).contains("养老金待遇核定异议");
		var refused = mvc.perform(post("/console/petitions/" + id + "/accept").with(user(staff("handler"))).with(csrf()))
				.andReturn();
		assertThat(refused.getFlashMap().get("failure")).isEqualTo("您的角色不能办理此操作。");
		var rejected = mvc.perform(post("/console/petitions/" + id + "/reject").param("reason", " ")
				.with(user(staff("registrar"))).with(csrf())).andReturn();
		assertThat(rejected.getFlashMap().get("failure")).isEqualTo("请填写理由。");
	}

	@Test
	void transfersOnlyToAnOrganOfTheListAndSaysSoInChineseOtherwise() throws Exception {
		long id = submitted("拖欠工程款问题");
		String page = mvc.perform(get("/console/petitions/" + id).with(user(staff("registrar")))).andReturn().getResponse()
				.getContentAsString();
		String city = jdbc.sql("select name from agency where code = '640100-xfj'").query(String.class).single();
		assertThat(page).contains("<option value=\"" + city + "\">");
		var typed = mvc.perform(post("/console/petitions/" + id + "/transfer").param("to", "随便写的机关")
				.with(user(staff("registrar"))).with(csrf())).andReturn();
		assertThat((String) typed.getFlashMap().get("failure")).contains("随便写的机关", "不在可转送的机关名录中");
		assertThat(jdbc.sql("select status from petition where id = :id").param("id", id).query(String.class).single())
				.isEqualTo("REGISTERED");
		var own = mvc.perform(post("/console/petitions/" + id + "/transfer")
				.param("to", jdbc.sql("select name from agency where code = '640000-xfj'").query(String.class).single())
				.with(user(staff("registrar"))).with(csrf())).andReturn();
		assertThat((String) own.getFlashMap().get("failure")).contains("不在可转送的机关名录中");
		mvc.perform(post("/console/petitions/" + id + "/transfer").param("to", " " + city + " ")
				.with(user(staff("registrar"))).with(csrf()));
		assertThat(jdbc.sql("select status, transferred_to from petition where id = :id").param("id", id)
				.query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).single()).isEqualTo("TRANSFERRED " + city);
	}

	@Test
	void issuesAndAnswersASupervisionOrderWithItsOwnDeadline() throws Exception {
		long id = submitted("退休待遇核定过低");
		LocalDate before = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
		mvc.perform(post("/console/petitions/" + id + "/supervise").param("instruction", "请于期限内反馈办理情况")
				.param("days", "10").with(user(staff("supervisor"))).with(csrf()));
		LocalDate after = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
		var order = jdbc.sql("select id, due_on from supervision_order where petition_id = :id").param("id", id)
				.query((rs, n) -> new Object[] { rs.getLong(1), rs.getObject(2, LocalDate.class) }).single();
		// ten calendar days, moved to the next working day when the tenth is a day off: the reference
		// calendar's answer for the day the order was issued (before and after differ only across midnight)
		assertThat((LocalDate) order[1]).isIn(sunshine.ReferenceCalendar.calendarDaysLater(before, 10),
				sunshine.ReferenceCalendar.calendarDaysLater(after, 10));
		mvc.perform(post("/console/petitions/" + id + "/answerOrder").param("orderId", order[0].toString())
				.param("answer", "已督促承办单位加快办理").with(user(staff("handler"))).with(csrf()));
		assertThat(jdbc.sql("select answer from supervision_order where id = :id").param("id", order[0])
				.query(String.class).single()).isEqualTo("已督促承办单位加快办理");
		String page = mvc.perform(get("/console/petitions/supervision").with(user(staff("supervisor")))).andReturn()
				.getResponse().getContentAsString();
		assertThat(page).contains("id=\"due-counts\"", "id=\"orders\"");
		String file = mvc.perform(get("/console/petitions/" + id).with(user(staff("supervisor")))).andReturn()
				.getResponse().getContentAsString();
		assertThat(file).contains("请于期限内反馈办理情况", "已督促承办单位加快办理");
		assertThat(jdbc.sql("select count(*) from audit_entry where action in ('petitions.supervise', 'petitions.supervisionAnswered')")
				.query(Long.class).single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void circulatesAnAnalysisOfTheRepliedPetitionsOfAPeriod() throws Exception {
		long id = submitted("灵活就业人员社保补缴");
		var registrar = (sunshine.agency.StaffUser) staff("registrar");
		var all = new sunshine.agency.StaffUser(0, "all-roles", "测试", registrar.agencyId(), registrar.agencyCode(),
				registrar.agencyName(), java.util.Set.of(sunshine.agency.Role.REGISTRAR, sunshine.agency.Role.HANDLER,
						sunshine.agency.Role.REVIEWER, sunshine.agency.Role.SIGNING_LEADER), "", true, false);
		petitions.accept(id, all);
		petitions.assign(id, jdbc.sql("select min(id) from responsible_unit where agency_id = :a")
				.param("a", registrar.agencyId()).query(Long.class).single(), all);
		petitions.claim(id, all);
		petitions.submitDraft(id, "答复", all);
		petitions.approve(id, all);
		petitions.sign(id, all);
		petitions.reply(id, all);
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
		var result = mvc.perform(post("/console/petitions/circulate").param("from", today.toString())
				.param("to", today.toString()).param("report", "本日网上信访分析").with(user(registrar)).with(csrf()))
				.andReturn();
		assertThat((String) result.getFlashMap().get("done")).contains("本日网上信访分析");
		assertThat(jdbc.sql("select status from petition where id = :id").param("id", id).query(String.class).single())
				.isEqualTo("ANALYSED");
		var missing = mvc.perform(post("/console/petitions/circulate").param("from", "").param("to", "")
				.param("report", "").with(user(registrar)).with(csrf())).andReturn();
		assertThat((String) missing.getFlashMap().get("failure")).contains("起止日期");
	}

	@Test
	void escalatesWorkLongOverdueToASupervisionOrderFromTheSystem() {
		long id = submitted("公租房申请长期无结果");
		var mutable = (sunshine.MutableClock) clock;
		try {
			supervision.escalate(5);
			assertThat(jdbc.sql("select count(*) from supervision_order where petition_id = :id").param("id", id)
					.query(Long.class).single()).as("not yet overdue").isZero();
			// acceptance is due 15 days after today (or the next working day); 40 days on it is over 5 days late
			mutable.advance(java.time.Duration.ofDays(40));
			for (int round = 0; round < 20 && supervision.escalate(5) > 0; round++) {
			}
			assertThat(jdbc.sql("select issued_by from supervision_order where petition_id = :id").param("id", id)
					.query(String.class).list()).containsExactly("system");
			assertThat(supervision.escalate(5)).as("an unanswered order is not repeated").isZero();
		}
		finally {
			mutable.reset();
		}
	}

	@Test
	void letsARegistrarExtendTheCategoryTree() throws Exception {
		var added = mvc.perform(post("/console/petitions/categories").param("code", "URBAN_PARKING")
				.param("parentCode", "URBAN").param("name", "小区停车").with(user(staff("registrar"))).with(csrf()))
				.andReturn();
		assertThat((String) added.getFlashMap().get("done")).contains("小区停车");
		assertThat(jdbc.sql("select parent_code from petition_category where code = 'URBAN_PARKING'")
				.query(String.class).single()).isEqualTo("URBAN");
		var bad = mvc.perform(post("/console/petitions/categories").param("code", "停车").param("name", "x")
				.with(user(staff("registrar"))).with(csrf())).andReturn();
		assertThat((String) bad.getFlashMap().get("failure")).contains("分类代码不正确");
		var handler = mvc.perform(post("/console/petitions/categories").param("code", "OTHER_X").param("name", "x")
				.with(user(staff("handler"))).with(csrf())).andReturn();
		assertThat((String) handler.getFlashMap().get("failure")).isEqualTo("您的角色不能办理此操作。");
	}

	@Test
	void keepsTheFilesACitizenAttachesForTheStaffOnly() throws Exception {
		var pdf = new org.springframework.mock.web.MockMultipartFile("files", "欠条.pdf", "application/pdf",
				"%PDF-1.4 demo".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		var exe = new org.springframework.mock.web.MockMultipartFile("files", "tool.exe", "application/octet-stream",
				new byte[] { 1, 2, 3 });
		String idNumber = "64010419800101001" + sunshine.shared.ChineseIdNumber.checkCharacter("64010419800101001");
		var refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/petitions/submit").file(pdf).file(exe).param("agency", "640000-xfj")
				.param("channel", "ONLINE_COMPLAINT").param("name", "马小明").param("idNumber", idNumber)
				.param("phone", "13995123456").param("title", "劳务公司拒付工程款").param("content", "见附件欠条")
				.param("category", "URBAN_WAGES").with(csrf())).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("附件“tool.exe”的类型不允许", "value=\"劳务公司拒付工程款\"");
		var accepted = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/petitions/submit").file(pdf).param("agency", "640000-xfj")
				.param("channel", "ONLINE_COMPLAINT").param("name", "马小明").param("idNumber", idNumber)
				.param("phone", "13995123456").param("title", "劳务公司拒付工程款").param("content", "见附件欠条")
				.param("category", "URBAN_WAGES").with(csrf())).andReturn().getResponse().getContentAsString();
		var code = java.util.regex.Pattern.compile("id=\"tracking-code\">(XF-[^<]+)<").matcher(accepted);
		assertThat(code.find()).isTrue();
		long id = jdbc.sql("select id from petition where tracking_code = :c").param("c", code.group(1))
				.query(Long.class).single();
		long file = jdbc.sql("select id from petition_attachment where petition_id = :id").param("id", id)
				.query(Long.class).single();
		var download = mvc.perform(get("/console/petitions/" + id + "/attachments/" + file)
				.with(user(staff("registrar")))).andReturn().getResponse();
		assertThat(download.getContentAsString()).isEqualTo("%PDF-1.4 demo");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(mvc.perform(get("/console/petitions/" + id + "/attachments/" + file)
				.with(user(staff("handler-640104")))).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void registersAGroupVisitAndKeepsWhatWasTypedWhenAFieldIsWrong() throws Exception {
		var wrong = mvc.perform(post("/console/petitions/new").param("channel", "VISIT").param("visitors", "6")
				.param("name", "白德福").param("phone", "0951-12").param("title", "移民搬迁后续扶持问题")
				.param("content", "六位村民来访").param("category", "RURAL_SUBSIDY").with(user(staff("registrar")))
				.with(csrf())).andReturn().getResponse().getContentAsString();
		assertThat(wrong).contains("联系电话“0951-12”不正确", "value=\"移民搬迁后续扶持问题\"");
		var done = mvc.perform(post("/console/petitions/new").param("channel", "VISIT").param("visitors", "6")
				.param("name", "白德福").param("phone", "0951-5057143").param("title", "移民搬迁后续扶持问题")
				.param("content", "六位村民来访").param("category", "RURAL_SUBSIDY").with(user(staff("registrar")))
				.with(csrf())).andReturn();
		var receipt = (PetitionManagement.Receipt) done.getFlashMap().get("receipt");
		long id = jdbc.sql("select id from petition where tracking_code = :c").param("c", receipt.trackingCode())
				.query(Long.class).single();
		String page = mvc.perform(get("/console/petitions/" + id).with(user(staff("registrar")))).andReturn()
				.getResponse().getContentAsString();
		assertThat(page).contains("6人", "集体访");
		var byHandler = mvc.perform(post("/console/petitions/new").param("channel", "LETTER").param("name", "x")
				.param("title", "t").param("content", "c").param("category", "OTHER").with(user(staff("handler")))
				.with(csrf())).andReturn().getResponse().getContentAsString();
		assertThat(byHandler).contains("您的角色不能办理此操作");
	}

	@Test
	void recordsTheOverdueWorkOfEveryAgencyWhenReminding() {
		long before = jdbc.sql("select count(*) from audit_entry where action = 'petitions.overdueReminder'")
				.query(Long.class).single();
		int agencies = supervision.remindOverdue();
		assertThat(agencies).as("the demo records leave open work past its deadline").isPositive();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'petitions.overdueReminder'")
				.query(Long.class).single()).isEqualTo(before + agencies);
	}

	@Test
	void analysesTheFirstHalfOf2017AgainstTheYearBeforeAndExportsIt() throws Exception {
		String page = mvc.perform(get("/console/petitions/analysis").param("agency", "640000-xfj")
				.param("from", "2017-01-01").param("to", "2017-06-30").param("includeSubordinates", "true")
				.with(user(staff("supervisor")))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"received-change\">-36%<", "id=\"online-change\">+257%<", "id=\"received\">1600<");
		byte[] xlsx = mvc.perform(get("/console/petitions/analysis.xlsx").param("agency", "640000-xfj")
				.param("from", "2017-01-01").param("to", "2017-06-30").param("includeSubordinates", "true")
				.with(user(staff("supervisor")))).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var summary = workbook.getSheetAt(0);
			assertThat(summary.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(1600.0);
			assertThat(summary.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(357.0);
		}
	}

	@Test
	void publishesTheBoardWithoutASessionOrPersonalData() {
		var http = new Http(port);
		var response = http.get("/petitions/board");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
		assertThat(response.body()).contains("感谢您对信访工作的理解和支持").doesNotContainPattern("\\d{17}[\\dX]")
				.doesNotContainPattern("139\\d{8}");
		assertThat(http.get("/petitions").statusCode()).isEqualTo(200);
		assertThat(http.get("/petitions/submit").body()).contains("id=\"submit-form\"");
	}
}
