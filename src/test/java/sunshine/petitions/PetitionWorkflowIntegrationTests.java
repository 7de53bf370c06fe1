package sunshine.petitions;

import sunshine.shared.workflow.IllegalTransition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import sunshine.Http;
import sunshine.SunshineIntegrationTest;
import sunshine.agency.AgencyLookup;
import sunshine.agency.Role;
import sunshine.agency.StaffUser;

/**
 * The citizen's side through the public API and the staff's seven steps through the staff API: submit,
 * follow every step with the query code, read the reply, rate it, ask for 复查 then 复核 one level up
 * each time, and be told plainly when three-level finality is reached.
 */
@SunshineIntegrationTest
class PetitionWorkflowIntegrationTests {

	static final String PASSWORD = "Test-Pass-2017";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PetitionManagement petitions;

	@Autowired
	AgencyLookup agencies;

	@Autowired
	PetitionSupervision supervision;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	StaffUser staff(String username) {
		return (StaffUser) users.loadUserByUsername(username);
	}

	JsonHttp http;

	@BeforeEach
	void client() {
		http = new JsonHttp(port);
	}

	static Map<String, Object> submission(String agency, String channel) {
		var body = new LinkedHashMap<String, Object>();
		body.put("agency", agency);
		body.put("channel", channel);
		body.put("name", "马小明");
		body.put("idNumber", "64010419800101001" + sunshine.shared.ChineseIdNumber.checkCharacter("64010419800101001"));
		body.put("phone", "13995123456");
		body.put("address", "银川市兴庆区解放西街1号");
		body.put("title", "小区冬季供暖温度不达标");
		body.put("content", "我家住在银川市兴庆区解放西街1号，室温长期低于16度，物业不予处理，联系电话13995123456。");
		body.put("category", "URBAN_HOUSING");
		return body;
	}

	@Test
	void acceptsAnOnlineSubmissionAndGivesBothCodesWithoutASession() {
		var reply = http.post("/api/v1/petitions", submission("640000-xfj", "网上投诉"));
		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().get("trackingCode").asString()).matches("XF-\\d{4}-[2-9A-HJKMNP-Z]{8}");
		assertThat(reply.json().get("queryCode").asString()).hasSize(6);
		assertThat(reply.raw().headers().allValues("Set-Cookie")).isEmpty();
		Long stored = jdbc.sql("select count(*) from petition where tracking_code = :c")
				.param("c", reply.json().get("trackingCode").asString()).query(Long.class).single();
		assertThat(stored).isEqualTo(1);
		Long audited = jdbc.sql("select count(*) from audit_entry where action = 'petitions.register' and subject = :c")
				.param("c", reply.json().get("trackingCode").asString()).query(Long.class).single();
		assertThat(audited).isEqualTo(1);
	}

	@Test
	void refusesBadFieldsOneByOneInChinese() {
		var body = submission("640000-xfj", "来信");
		body.put("idNumber", "640104198001010010");
		body.put("phone", "12345");
		body.remove("title");
		var reply = http.post("/api/v1/petitions", body);
		assertThat(reply.status()).isEqualTo(400);
		var fields = new java.util.ArrayList<String>();
		reply.json().get("fields").forEach(f -> fields.add(f.asString()));
		assertThat(fields).containsExactlyInAnyOrder("channel", "idNumber", "phone", "title");
		String message = reply.json().get("message").asString();
		assertThat(message).contains("信访渠道“来信”", "身份证号码“640104198001010010”", "联系电话“12345”", "请填写标题");
		var unknown = http.post("/api/v1/petitions", submission("999999-xfj", "领导留言板"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("message").asString()).contains("受理机关“999999-xfj”不存在");
		assertThat(http.post("/api/v1/petitions", Map.of()).status()).isEqualTo(400);
		var garbled = http.post("/api/v1/petitions", "{not json");
		assertThat(garbled.status()).isEqualTo(400);
		assertThat(garbled.json().get("message").asString()).contains("JSON");
	}

	@Test
	void revealsNothingForAWrongQueryCode() {
		var receipt = http.post("/api/v1/petitions", submission("640000-xfj", "手机/微信")).json();
		String code = receipt.get("trackingCode").asString();
		var wrong = http.get("/api/v1/petitions/track?code=" + code + "&queryCode=AAAAAA");
		var unknown = http.get("/api/v1/petitions/track?code=XF-2017-ZZZZZZZZ&queryCode=AAAAAA");
		assertThat(wrong.status()).isEqualTo(404);
		assertThat(wrong.raw().body()).isEqualTo(unknown.raw().body()).doesNotContain("供暖");
		var right = http.get("/api/v1/petitions/track?code=" + code + "&queryCode=" + receipt.get("queryCode").asString());
		assertThat(right.status()).isEqualTo(200);
		assertThat(right.json().get("title").asString()).isEqualTo("小区冬季供暖温度不达标");
		assertThat(right.json().get("statusLabel").asString()).isEqualTo("已登记，待决定是否受理");
	}

	@Test
	void takesAMessageThroughTheSevenStepsAndTheCitizenReadsAndRatesTheReply() {
		var message = submission("640000-xfj", "领导留言板");
		message.put("publish", true);
		var receipt = http.post("/api/v1/petitions", message).json();
		String code = receipt.get("trackingCode").asString();
		String query = receipt.get("queryCode").asString();
		long id = jdbc.sql("select id from petition where tracking_code = :c").param("c", code).query(Long.class).single();
		long unit = jdbc.sql("""
				select u.id from responsible_unit u join agency a on a.id = u.agency_id
				where a.code = '640000-xfj' and u.name = '自治区住房和城乡建设厅'
				""").query(Long.class).single();

		assertThat(act("handler", id, "claim", Map.of()).status()).as("cannot claim before assignment").isEqualTo(409);
		assertThat(act("handler", id, "accept", Map.of()).status()).as("a handler does not register").isEqualTo(403);
		assertThat(act("registrar", id, "accept", Map.of()).status()).isEqualTo(200);
		var assigned = act("registrar", id, "assign", Map.of("unitId", unit));
		assertThat(assigned.status()).isEqualTo(200);
		assertThat(assigned.json().get("status").asString()).isEqualTo("ASSIGNED");
		assertThat(act("handler", id, "claim", Map.of()).status()).isEqualTo(200);
		assertThat(act("handler", id, "extend", Map.of("days", 10, "reason", "复杂", "approvedBy", "刘志强")).status())
				.as("message-board items are not extended").isEqualTo(409);
		assertThat(act("handler", id, "submitDraft", Map.of()).status()).isEqualTo(400);
		assertThat(act("handler", id, "submitDraft",
				Map.of("text", "马小明您好：经自治区住房和城乡建设厅督促，供热企业已于本周完成管网调试，室温已达标。")).status())
				.isEqualTo(200);
		assertThat(act("reviewer", id, "returnForRework", Map.of("reason", "请写明整改时限")).status()).isEqualTo(200);
		act("handler", id, "submitDraft", Map.of("text",
				"马小明您好：经自治区住房和城乡建设厅督促，供热企业已于本周完成管网调试，室温已达18度。如有问题请拨打13995123456以外的12345热线。"));
		assertThat(act("leader", id, "sign", Map.of()).status()).as("not yet reviewed").isEqualTo(409);
		assertThat(act("reviewer", id, "approve", Map.of()).status()).isEqualTo(200);
		assertThat(act("leader", id, "sign", Map.of()).status()).isEqualTo(200);
		var replied = act("registrar", id, "reply", Map.of());
		assertThat(replied.json().get("status").asString()).isEqualTo("REPLIED");

		var tracked = http.get("/api/v1/petitions/track?code=" + code + "&queryCode=" + query).json();
		assertThat(tracked.get("reply").asString()).contains("室温已达18度");
		var actions = new java.util.ArrayList<String>();
		tracked.get("steps").forEach(s -> actions.add(s.get("step").asString()));
		assertThat(actions).contains("登记交办", "认领告知", "承办办理", "审核报签", "统一回复");
		String board = jdbc.sql("select public_reply from petition where id = :id").param("id", id).query(String.class)
				.single();
		assertThat(board).contains("＊＊＊您好", "室温已达18度").doesNotContain("马小明", "13995123456");

		petitions.rate(code, query, Rating.SATISFIED);
		assertThatThrownBy(() -> petitions.rate(code, query, Rating.UNSATISFIED))
				.isInstanceOf(IllegalTransition.class);
		assertThat(act("registrar", id, "analyse", Map.of("report", "2026年网上信访形势分析")).status()).isEqualTo(200);
		var archived = act("registrar", id, "archive", Map.of());
		assertThat(archived.json().get("status").asString()).isEqualTo("ARCHIVED");
		assertThat(archived.json().get("allowedActions")).isEmpty();
		Long audited = jdbc.sql("select count(*) from audit_entry where subject = :c and action like 'petitions.%'")
				.param("c", code).query(Long.class).single();
		// register, accept, assign, claim, submitDraft, returnForRework, submitDraft, approve, sign, reply, rate,
		// analyse, archive
		assertThat(audited).isEqualTo(13);
	}

	@Test
	void routesReviewAndReReviewOneLevelUpThenStopsAtThreeLevels() {
		var receipt = http.post("/api/v1/petitions", submission("640104-xfj", "网上投诉")).json();
		String code = receipt.get("trackingCode").asString();
		String query = receipt.get("queryCode").asString();
		handleToReply(code, "640104-xfj");

		String reviewCode = petitions.requestReview(code, query, "对处理意见不服，请求复查");
		var review = petitions.track(reviewCode, query).orElseThrow();
		assertThat(review.getReviewLevel()).isEqualTo(ReviewLevel.REVIEW);
		assertThat(agencies.byId(review.getAgencyId()).orElseThrow().getCode()).isEqualTo("640100-xfj");
		assertThatThrownBy(() -> petitions.requestReview(code, query, "再次请求"))
				.isInstanceOf(IllegalTransition.class);

		handleToReply(reviewCode, "640100-xfj");
		String reReviewCode = petitions.requestReview(reviewCode, query, "对复查意见不服，请求复核");
		var reReview = petitions.track(reReviewCode, query).orElseThrow();
		assertThat(reReview.getReviewLevel()).isEqualTo(ReviewLevel.RE_REVIEW);
		assertThat(agencies.byId(reReview.getAgencyId()).orElseThrow().getCode()).isEqualTo("640000-xfj");

		long reReviewId = reReview.getId();
		supervision.recordHearing(reReviewId, java.time.LocalDate.of(2026, 1, 5), "信访人、承办单位、人大代表",
				"维持复查意见", staff("reviewer"));
		assertThat(jdbc.sql("select result from petition_hearing where petition_id = :id").param("id", reReviewId)
				.query(String.class).single()).isEqualTo("维持复查意见");
		assertThatThrownBy(() -> supervision.recordHearing(review.getId(), java.time.LocalDate.of(2026, 1, 5), "a", "b",
				staff("reviewer"))).as("640100's matter is outside the region reviewer's own agency")
				.isInstanceOf(IllegalTransition.class);

		handleToReply(reReviewCode, "640000-xfj");
		assertThatThrownBy(() -> petitions.requestReview(reReviewCode, query, "仍然不服"))
				.isInstanceOf(IllegalTransition.class)
				.extracting(e -> ((IllegalTransition) e).messageKey()).isEqualTo("petitions.error.final");

		// The same petitioner writes again about the same kind of matter: the registrar is warned.
		var again = http.post("/api/v1/petitions", submission("640000-xfj", "网上投诉")).json();
		var repeated = petitions.track(again.get("trackingCode").asString(), again.get("queryCode").asString())
				.orElseThrow();
		assertThat(petitions.finalMattersLike(repeated)).contains(reReviewCode);
	}

	private void handleToReply(String code, String agencyCode) {
		var agency = agencies.byCode(agencyCode).orElseThrow();
		var user = new StaffUser(0, "test-" + agencyCode, "测试", agency.getId(), agency.getCode(), agency.getName(),
				Set.of(Role.REGISTRAR, Role.HANDLER, Role.REVIEWER, Role.SIGNING_LEADER), "", true, false);
		long id = jdbc.sql("select id from petition where tracking_code = :c").param("c", code).query(Long.class).single();
		long unit = agencies.unitsOf(agency.getId()).get(0).getId();
		petitions.accept(id, user);
		petitions.assign(id, unit, user);
		petitions.claim(id, user);
		petitions.submitDraft(id, "处理意见", user);
		petitions.approve(id, user);
		petitions.sign(id, user);
		petitions.reply(id, user);
	}

	private JsonHttp.Reply act(String username, long id, String action, Map<String, Object> body) {
		return http.post("/api/v1/petitions/" + id + "/" + action, body, "Authorization", Http.basic(username, PASSWORD));
	}
}
