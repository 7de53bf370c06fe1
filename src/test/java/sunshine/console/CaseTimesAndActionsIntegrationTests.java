package sunshine.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import sunshine.SunshineIntegrationTest;
import sunshine.petitions.PetitionManagement;
import sunshine.petitions.Submission;
import sunshine.requests.DisclosureRequestManagement;
import sunshine.requests.Outcome;
import sunshine.requests.RequestApplication;
import sunshine.shared.ChineseIdNumber;

/**
 * What a case page tells people: every time on the Shanghai clock written the Chinese way (a 留言 sent at
 * 15:58 Beijing time reads 15:58, not 07:58), who acted by name, codes by labels; and an application's page
 * offers exactly the actions its state and the reader's role allow, worked out here from the law's steps.
 */
@SunshineIntegrationTest
class CaseTimesAndActionsIntegrationTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PetitionManagement petitions;

	@Autowired
	DisclosureRequestManagement requests;

	sunshine.agency.StaffUser staff(String username) {
		return (sunshine.agency.StaffUser) users.loadUserByUsername(username);
	}

	String page(String path, String username) throws Exception {
		return mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
	}

	/** 2026年12月3日 15:58, worked out by hand from the instant. */
	static String chinese(Instant at) {
		ZonedDateTime t = at.atZone(SHANGHAI);
		return t.getYear() + "年" + t.getMonthValue() + "月" + t.getDayOfMonth() + "日 "
				+ String.format("%02d:%02d", t.getHour(), t.getMinute());
	}

	static String utc(Instant at) {
		ZonedDateTime t = at.atZone(ZoneId.of("UTC"));
		return String.format("%02d:%02d", t.getHour(), t.getMinute());
	}

	@Test
	void theTrackingPageAndTheCaseFileShowTheShanghaiTimeOfTheStoredInstant() throws Exception {
		String first17 = "64010419850303003";
		var receipt = petitions.submitOnline(new Submission("640000-xfj", "MESSAGE_BOARD", "郑小红",
				first17 + ChineseIdNumber.checkCharacter(first17), "13895003344", null, "小区路灯长期不亮", "请修复路灯。",
				"URBAN_WAGES", null));
		long id = jdbc.sql("select id from petition where tracking_code = :c").param("c", receipt.trackingCode())
				.query(Long.class).single();
		Instant stored = jdbc.sql("select occurred_at from petition_step where petition_id = :id and seq = 0")
				.param("id", id).query(Instant.class).single();
		String tracking = mvc.perform(post("/petitions/track").param("code", receipt.trackingCode())
				.param("queryCode", receipt.queryCode()).with(csrf())).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		assertThat(tracking).contains("<time>" + chinese(stored) + "</time>").doesNotContain(utc(stored) + "</time>");
		assertThat(ISO_DAY.matcher(visibleText(tracking)).find()).as(visibleText(tracking)).isFalse();
		String file = page("/console/petitions/" + id, "registrar");
		assertThat(file).contains(">" + chinese(stored) + "</td>", "群众本人").doesNotContain(">citizen<");
		// a case the registrar takes on is signed by the registrar's name, not the login
		mvc.perform(post("/console/petitions/" + id + "/accept").with(user(users.loadUserByUsername("registrar")))
				.with(csrf()));
		assertThat(page("/console/petitions/" + id, "registrar")).contains(">李静</td>").doesNotContain(">registrar</td>");
	}

	static final Pattern ISO_DAY = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

	/** The text a reader sees (attributes such as {@code datetime} may keep the machine form), user text left out. */
	static String visibleText(String html) {
		var document = org.jsoup.Jsoup.parse(html);
		document.select(".user-text, script, style").remove();
		return document.body().text();
	}

	@Test
	void caseFilesAndTrackingPagesWriteDaysTheChineseWay() throws Exception {
		// one case of every state the demo holds, so every date a state shows is seen
		List<Long> petitions = jdbc.sql("""
				select min(p.id) from petition p join agency a on a.id = p.agency_id
				where a.code = '640000-xfj' group by p.status""").query(Long.class).list();
		assertThat(petitions).hasSizeGreaterThan(5);
		for (long petition : petitions) {
			String file = visibleText(page("/console/petitions/" + petition, "registrar"));
			assertThat(ISO_DAY.matcher(file).find()).as(file).isFalse();
			java.time.LocalDate received = jdbc.sql("select received_on from petition where id = :id")
					.param("id", petition).query(java.time.LocalDate.class).single();
			assertThat(file).contains(received.getYear() + "年" + received.getMonthValue() + "月" + received.getDayOfMonth() + "日");
		}
		List<Long> requests = jdbc.sql("""
				select min(r.id) from disclosure_request r join agency a on a.id = r.agency_id
				where a.code = '640000-xfj' group by r.status""").query(Long.class).list();
		assertThat(requests).hasSizeGreaterThan(2);
		for (long request : requests) {
			String application = visibleText(page("/console/requests/" + request, "handler"));
			assertThat(ISO_DAY.matcher(application).find()).as(application).isFalse();
			java.time.LocalDate due = jdbc.sql("select due_on from disclosure_request where id = :id").param("id", request)
					.query(java.time.LocalDate.class).single();
			assertThat(application).contains(due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日");
		}
		String queue = visibleText(page("/console/requests", "handler"));
		assertThat(ISO_DAY.matcher(queue).find()).as(queue).isFalse();
		String board = visibleText(mvc.perform(get("/petitions/board")).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
		assertThat(ISO_DAY.matcher(board).find()).as(board).isFalse();
	}

	@Test
	void demoCasesAreRegisteredInOfficeHours() throws Exception {
		long id = jdbc.sql("""
				select p.id from petition p join agency a on a.id = p.agency_id
				where a.code = '640000-xfj' and p.status = 'ARCHIVED' order by p.id fetch first 1 rows only
				""").query(Long.class).single();
		Instant registered = jdbc.sql("select occurred_at from petition_step where petition_id = :id and seq = 0")
				.param("id", id).query(Instant.class).single();
		assertThat(registered.atZone(SHANGHAI).getHour()).isEqualTo(9);
		assertThat(page("/console/petitions/" + id, "registrar")).contains(" 09:30</td>", ">李静</td>", "登记交办");
		long request = jdbc.sql("""
				select r.id from disclosure_request r join agency a on a.id = r.agency_id
				where a.code = '640000-xfj' and r.channel = 'REGISTERED_MAIL' order by r.id fetch first 1 rows only
				""").query(Long.class).single();
		Instant created = jdbc.sql("select created_at from disclosure_request where id = :id").param("id", request)
				.query(Instant.class).single();
		assertThat(created.atZone(SHANGHAI).getHour()).isEqualTo(9);
		String history = page("/console/requests/" + request, "handler");
		assertThat(history).contains("信函（挂号、EMS等需签收）</td>", "李静").doesNotContain(">REGISTERED_MAIL<", ">demo<");
	}

	static final Pattern ACTION_FORM = Pattern.compile("id=\"action-([A-Z_]+)\"");

	static Set<String> actionForms(String page) {
		var found = new TreeSet<String>();
		var m = ACTION_FORM.matcher(page);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	@Test
	void anApplicationsPageOffersOnlyWhatItsStateAndTheRoleAllow() throws Exception {
		var submission = requests.submitOnline(new RequestApplication("640000-xfj", "NATURAL_PERSON", "韩梅",
				RequestApplication.RESIDENT_ID_CARD, "64010419900101002" + ChineseIdNumber.checkCharacter("64010419900101002"),
				"", "", "13895005566", "银川市兴庆区", "", "2025年本区老旧小区改造项目清单", "", "PAPER"));
		long id = jdbc.sql("select id from disclosure_request where tracking_code = :c")
				.param("c", submission.trackingCode()).query(Long.class).single();
		String path = "/console/requests/" + id;
		// 收到 (第三十条、第三十一条): the registrar accepts, asks once for a correction or records a withdrawal;
		// the clock runs from receipt, so the handler may consult, extend, agree a date, notify a fee or draft;
		// nobody may approve or answer yet
		assertThat(actionForms(page(path, "handler"))).containsExactly("CONSULT", "DRAFT_ANSWER", "EXTEND", "NOTIFY_FEE",
				"POINT_TO_PUBLISHED", "SET_AGENCY_DATE");
		assertThat(actionForms(page(path, "registrar"))).containsExactly("ACCEPT", "REQUEST_CORRECTION",
				"ROUTE_TO_PETITION", "WITHDRAW");
		assertThat(actionForms(page(path, "reviewer"))).isEmpty();
		assertThat(actionForms(page(path, "leader"))).isEmpty();
		assertThat(page(path, "registrar")).contains("在线申请", "群众（网上提交）").doesNotContain(">ONLINE<", ">anonymous<");
		requests.accept(staff("registrar"), id, submission.receivedOn());
		assertThat(actionForms(page(path, "registrar"))).containsExactly("ROUTE_TO_PETITION", "WITHDRAW");
		assertThat(actionForms(page(path, "handler"))).containsExactly("CONSULT", "DRAFT_ANSWER", "EXTEND", "NOTIFY_FEE",
				"POINT_TO_PUBLISHED", "SET_AGENCY_DATE");
		// 审核: the drafted answer waits for the reviewer alone
		requests.draftAnswer(staff("handler"), id, Outcome.R1, "予以公开，见附件。");
		assertThat(actionForms(page(path, "handler"))).isEmpty();
		assertThat(actionForms(page(path, "reviewer"))).containsExactly("APPROVE_ANSWER", "RETURN_ANSWER");
		assertThat(actionForms(page(path, "leader"))).isEmpty();
		assertThat(actionForms(page(path, "registrar"))).containsExactly("WITHDRAW");
		// 签发: only now may the signing leader answer (and no 答复 form was offered before)
		requests.approveAnswer(staff("reviewer"), id);
		assertThat(actionForms(page(path, "leader"))).containsExactly("ANSWER", "RETURN_ANSWER");
		assertThat(actionForms(page(path, "reviewer"))).isEmpty();
		assertThat(actionForms(page(path, "handler"))).isEmpty();
		assertThat(page(path, "leader")).contains("王海涛").doesNotContain(">handler<");
		// 予以公开: once signed, the registrar may publish it to the catalogue (公开一次); the leader may not
		requests.signAnswer(staff("leader"), id, null);
		assertThat(actionForms(page(path, "registrar"))).containsExactly("CLOSE", "DISCLOSE");
		assertThat(actionForms(page(path, "leader"))).isEmpty();
	}
}
