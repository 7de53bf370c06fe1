package sunshine.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import sunshine.petitions.MessageBoard;
import sunshine.petitions.PersonalData;
import sunshine.petitions.PetitionManagement;
import sunshine.petitions.Rating;
import sunshine.petitions.Submission;
import sunshine.shared.ChineseIdNumber;

/**
 * The public message board: only exchanges the citizen agreed to publish and that have been replied,
 * the message and the reply masked exactly, found by search, agency, category and status, counted in
 * the agencies' figures; the board and the statistics page are read without a session.
 */
@SunshineIntegrationTest
class MessageBoardIntegrationTests {

	static final String ID_NUMBER = "64042219850315002" + ChineseIdNumber.checkCharacter("64042219850315002");

	@LocalServerPort
	int port;

	@Autowired
	PetitionManagement petitions;

	@Autowired
	MessageBoard board;

	@Autowired
	AgencyLookup agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	Http http;

	StaffUser staff;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		var agency = agencies.byCode("640422-xfj").orElseThrow();
		staff = new StaffUser(0, "test-board", "测试", agency.getId(), agency.getCode(), agency.getName(),
				Set.of(Role.REGISTRAR, Role.HANDLER, Role.REVIEWER, Role.SIGNING_LEADER), "", true, false);
	}

	/** A message to 西吉县 with the petitioner's personal data written into it, as citizens do. */
	PetitionManagement.Receipt submit(String marker, boolean publish) {
		String content = "我叫海丽娟，住西吉县吉强镇团结路18号3单元，身份证" + ID_NUMBER + "，电话13709541234。" + marker
				+ "路段的路灯已坏了两个月，夜里出行不便。";
		return petitions.submitOnline(new Submission("640422-xfj", "MESSAGE_BOARD", "海丽娟", ID_NUMBER, "13709541234",
				"西吉县吉强镇团结路18号3单元", marker + "路灯损坏", content, "URBAN_HOUSING", null), List.of(), publish);
	}

	void reply(String trackingCode, String text) {
		long id = jdbc.sql("select id from petition where tracking_code = :c").param("c", trackingCode).query(Long.class).single();
		petitions.accept(id, staff);
		petitions.assign(id, agencies.unitsOf(staff.agencyId()).get(0).getId(), staff);
		petitions.claim(id, staff);
		petitions.submitDraft(id, text, staff);
		petitions.approve(id, staff);
		petitions.sign(id, staff);
		petitions.reply(id, staff);
	}

	static String q(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Test
	void showsOnlyExchangesTheCitizenAgreedToPublishOnceReplied() {
		String marker = "甲子巷";
		var consentedReplied = submit(marker, true);
		var consentedOpen = submit(marker, true);
		var refusedReplied = submit(marker, false);
		reply(consentedReplied.trackingCode(), "海丽娟您好：" + marker + "路灯已于本周修复。");
		reply(refusedReplied.trackingCode(), "海丽娟您好：" + marker + "路灯已于本周修复。");

		var page = board.page(MessageBoard.Filter.of(null, null, null, marker), 0, 10);
		assertThat(page.total()).isEqualTo(1);
		assertThat(page.entries()).extracting(MessageBoard.Entry::trackingCode).containsExactly(consentedReplied.trackingCode())
				.doesNotContain(consentedOpen.trackingCode(), refusedReplied.trackingCode());

		HttpResponse<String> html = http.get("/petitions/board?q=" + q(marker));
		assertThat(html.statusCode()).isEqualTo(200);
		assertThat(html.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(html.body()).contains("共 1 条公开留言", marker + "路灯损坏", "西吉县信访局", "已答复，待评价");
	}

	@Test
	void masksTheMessageAndTheReplyExactly() {
		String marker = "乙丑巷";
		var receipt = submit(marker, true);
		reply(receipt.trackingCode(), "海丽娟您好：您反映的" + marker + "路灯问题已转西吉县吉强镇团结路18号3单元所在社区，"
				+ "如有疑问请拨打0954-3012345或13709541234。");
		String m = PersonalData.MASK;
		var entry = board.page(MessageBoard.Filter.of(null, null, null, marker), 0, 10).entries().get(0);
		assertThat(entry.message()).isEqualTo("我叫" + m + "，住" + m + "，身份证" + m + "，电话" + m + "。" + marker
				+ "路段的路灯已坏了两个月，夜里出行不便。");
		assertThat(entry.reply()).isEqualTo(m + "您好：您反映的" + marker + "路灯问题已转" + m + "所在社区，如有疑问请拨打" + m
				+ "或" + m + "。");
		assertThat(entry.title()).isEqualTo(marker + "路灯损坏");
		String body = http.get("/petitions/board?q=" + q(marker)).body();
		assertThat(body).contains(entry.message(), entry.reply()).doesNotContain("海丽娟", "13709541234", ID_NUMBER, "团结路18号");
		// Searching for the masked name finds nothing: the search reads the published text only.
		assertThat(board.page(MessageBoard.Filter.of(null, null, null, "海丽娟 " + marker), 0, 10).total()).isZero();
	}

	@Test
	void filtersByAgencyCategoryAndStatus() {
		String marker = "丙寅巷";
		var receipt = submit(marker, true);
		reply(receipt.trackingCode(), "您好：已修复。" + marker);
		assertThat(board.page(MessageBoard.Filter.of("640422-xfj", "URBAN_HOUSING", "AWAITING_RATING", marker), 0, 10).total())
				.isEqualTo(1);
		assertThat(board.page(MessageBoard.Filter.of(null, "URBAN", null, marker), 0, 10).total())
				.as("the main category takes in its sub-categories").isEqualTo(1);
		assertThat(board.page(MessageBoard.Filter.of("640000-xfj", null, null, marker), 0, 10).total()).isZero();
		assertThat(board.page(MessageBoard.Filter.of(null, "OTHER_SUGGESTION", null, marker), 0, 10).total()).isZero();
		assertThat(board.page(MessageBoard.Filter.of(null, null, "SATISFIED", marker), 0, 10).total()).isZero();

		petitions.rate(receipt.trackingCode(), receipt.queryCode(), Rating.BASICALLY_SATISFIED);
		assertThat(board.page(MessageBoard.Filter.of(null, null, "SATISFIED", marker), 0, 10).total()).isEqualTo(1);
		assertThat(board.page(MessageBoard.Filter.of(null, null, "AWAITING_RATING", marker), 0, 10).total()).isZero();
		String page = http.get("/petitions/board?agency=640422-xfj&status=SATISFIED&q=" + q(marker)).body();
		assertThat(page).contains("已答复，评价满意", marker + "路灯损坏");
		assertThat(http.get("/petitions/board?agency=640000-xfj&q=" + q(marker)).body()).contains("共 0 条公开留言")
				.doesNotContain(marker + "路灯损坏");
	}

	@Test
	void countsReceivedRepliedAndSatisfiedPerAgency() {
		LocalDate today = LocalDate.now(clock);
		LocalDate first = LocalDate.of(today.getYear(), 1, 1);
		var before = figuresOfXiji(first, today);
		var a = submit("丁卯巷", true);
		submit("丁卯巷", false);
		reply(a.trackingCode(), "您好：已修复。");
		petitions.rate(a.trackingCode(), a.queryCode(), Rating.UNSATISFIED);
		var after = figuresOfXiji(first, today);
		assertThat(after.received() - before.received()).isEqualTo(2);
		assertThat(after.replied() - before.replied()).isEqualTo(1);
		assertThat(after.rated() - before.rated()).isEqualTo(1);
		assertThat(after.satisfied() - before.satisfied()).isZero();
		assertThat(new MessageBoard.AgencyFigures("x", "x", 8, 7, 3, 2).replyRate()).isEqualTo(87.5);
		assertThat(new MessageBoard.AgencyFigures("x", "x", 3, 2, 3, 2).satisfactionRate()).isEqualTo(66.7);
		assertThat(new MessageBoard.AgencyFigures("x", "x", 0, 0, 0, 0).replyRate()).isNull();
	}

	MessageBoard.AgencyFigures figuresOfXiji(LocalDate from, LocalDate to) {
		return board.figures(from, to).stream().filter(f -> f.agencyCode().equals("640422-xfj")).findFirst()
				.orElse(new MessageBoard.AgencyFigures("640422-xfj", "西吉县信访局", 0, 0, 0, 0));
	}

	@Test
	void drawsTheStatisticsAsChartsWithTablesWithoutASession() {
		HttpResponse<String> page = http.get("/petitions/statistics?year=2017");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(page.body()).contains("网上信访统计 - 阳光政务", "2017年各单位网上信访办理情况", "<svg", "bar-received",
				"宁夏回族自治区信访局", "按问题分类", "1月", "12月", "答复率", "满意率").doesNotContain("<script");
		assertThat(http.get("/petitions/statistics?year=abc").statusCode()).isEqualTo(200);
		assertThat(http.get("/petitions/board?page=-3&status=NOPE").statusCode()).isEqualTo(200);
	}
}
