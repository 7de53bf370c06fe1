package sunshine.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import sunshine.Http;
import sunshine.SunshineIntegrationTest;
import sunshine.agency.StaffUser;
import sunshine.shared.workflow.IllegalTransition;

/**
 * The annual report as a publication (issue 16): published only when complete — every unfilled part and
 * every finding listed and refused until resolved or waived by the signing leader —; the demo's 2017 report
 * is the bureau's own text; live figures beyond the table resolve to the records.
 */
@SunshineIntegrationTest
class AnnualReportPublicationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AnnualReports reports;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	StaffUser staff(String name) {
		return (StaffUser) users.loadUserByUsername(name);
	}

	/** A signed 2011 report (no records that year: every count is 0) with a hand-typed 5 that contradicts it. */
	private long signedIncompleteReport(int year) {
		StaffUser editor = staff("reporter");
		long id = reports.draft("640000-xfj", year, editor).report().getId();
		reports.edit(id, Map.of("ON_REQUEST", "全年收到政府信息公开申请5件。"), editor);
		reports.submit(id, editor);
		reports.signOff(id, staff("leader"));
		return id;
	}

	@Test
	void publishingIsRefusedWithEveryUnfilledPartAndOpenFindingListedUntilTheLeaderWaivesThem() throws Exception {
		StaffUser editor = staff("reporter");
		StaffUser leader = staff("leader");
		long id = signedIncompleteReport(2011);

		AnnualReports.View signed = reports.get(id, editor);
		assertThat(signed.unresolved()).extracting(OpenItem::key).hasSize(3)
				.contains("PART:PROPOSALS", "PART:PROBLEMS").anyMatch(k -> k.startsWith("FINDING:PROSE.TABLE_MISMATCH:"));
		assertThat(signed.unresolved()).extracting(OpenItem::text)
				.contains("（请填写本年度人大代表建议和政协提案办理结果公开情况。）", "（请填写存在的主要问题及下一年度工作思路。）");
		assertThatThrownBy(() -> reports.publish(id, editor)).isInstanceOf(IllegalTransition.class)
				.extracting(e -> ((IllegalTransition) e).messageKey()).isEqualTo("reporting.document.incomplete");

		// in the console: 409, the refusal and every open item in Chinese, no rule id
		var refused = mvc.perform(post("/console/reporting/documents/" + id + "/publish").with(user(editor)).with(csrf()))
				.andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(409);
		String page = refused.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("尚不完整，不能发布", "（请填写本年度人大代表建议和政协提案办理结果公开情况。）",
				"（请填写存在的主要问题及下一年度工作思路。）", "四、人大代表建议和政协提案办理结果公开情况", "正文数字与统计表不一致",
				"全年收到政府信息公开申请5件").doesNotContain("PROSE.TABLE_MISMATCH");
		assertThat(reports.get(id, editor).report().getStatus()).isEqualTo(AnnualReportStatus.SIGNED);

		// no one but the signing leader waives: the editor, a handler, a registrar are refused
		for (String other : List.of("reporter", "handler", "registrar")) {
			assertThatThrownBy(() -> reports.waive(id, "PART:PROPOSALS", "理由", staff(other)))
					.as(other).isInstanceOf(AccessDeniedException.class);
			assertThat(mvc.perform(post("/console/reporting/documents/" + id + "/waive").with(user(staff(other))).with(csrf())
					.param("item", "PART:PROPOSALS").param("reason", "理由")).andReturn().getResponse().getStatus())
					.as(other).isEqualTo(403);
		}
		// a waiver says why, and names an item that is open
		assertThat(mvc.perform(post("/console/reporting/documents/" + id + "/waive").with(user(leader)).with(csrf())
				.param("item", "PART:PROPOSALS").param("reason", " ")).andReturn().getResponse().getStatus()).isEqualTo(400);
		assertThatThrownBy(() -> reports.waive(id, "PART:OVERVIEW", "理由", leader))
				.hasMessage("reporting.document.waiver.unknownItem");
		assertThat(jdbc.sql("select count(*) from report_document_waiver where document_id = ?").param(id)
				.query(Long.class).single()).isZero();

		// the leader waives two of three: still refused, the last one listed
		var byLeader = mvc.perform(post("/console/reporting/documents/" + id + "/waive").with(user(leader)).with(csrf())
				.param("item", "PART:PROPOSALS").param("reason", "本年度未承办建议提案，无须报告。")).andReturn().getResponse();
		assertThat(byLeader.getStatus()).isEqualTo(302);
		reports.waive(id, "PART:PROBLEMS", "问题与思路另行报送。", leader);
		assertThatThrownBy(() -> reports.publish(id, editor)).isInstanceOf(IllegalTransition.class);
		assertThat(reports.get(id, editor).unresolved()).singleElement()
				.satisfies(o -> assertThat(o.kind()).isEqualTo(OpenItem.Kind.FINDING));
		String finding = reports.get(id, editor).unresolved().get(0).key();
		reports.waive(id, finding, "申请数以收件登记簿为准，统计表数据待核实。", leader);

		String column = "/disclosure/columns/annual-reports";
		assertThat(new Http(port).get(column).body()).doesNotContain("2011年政府信息公开工作年度报告");
		reports.publish(id, editor);
		assertThat(reports.get(id, editor).report().getStatus()).isEqualTo(AnnualReportStatus.PUBLISHED);
		// the portal's column (a cached page) lists it at once
		assertThat(new Http(port).get(column).body()).contains("2011年政府信息公开工作年度报告");
		assertThat(jdbc.sql("select concat(item_key, '|', waived_by) from report_document_waiver where document_id = ? order by item_key")
				.param(id).query(String.class).list())
				.containsExactly(finding + "|leader", "PART:PROBLEMS|leader", "PART:PROPOSALS|leader");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'report.document.waived' and subject = ?")
				.param("report-document:" + id).query(Long.class).single()).isEqualTo(3L);
		// the console shows the waivers by the leader's name, in Beijing time the Chinese way
		String shown = mvc.perform(get("/console/reporting/documents/" + id).with(user(editor))).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		assertThat(shown).contains("已豁免：刘志强于", "理由：本年度未承办建议提案，无须报告。")
				.containsPattern("第 2 稿，孙丽，20\\d\\d年\\d{1,2}月\\d{1,2}日 \\d\\d:\\d\\d")
				.doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:");
	}

	@Test
	void theLeaderCannotWaiveAReportStillInDraftAndAWaiverNeedsTheItemToBeOpen() {
		StaffUser editor = staff("reporter");
		long id = reports.draft("640000-xfj", 2010, editor).report().getId();
		assertThatThrownBy(() -> reports.waive(id, "PART:PROPOSALS", "理由", staff("leader")))
				.isInstanceOf(IllegalTransition.class);
	}

	@Test
	void theDemo2017ReportIsTheSeedsOwnTextWithItsFiguresBoundWhereTheyAgree() throws IOException {
		AnnualReports.View seed = reports.find("640000-xfj", 2017, staff("reporter")).orElseThrow();
		StringBuilder rendered = new StringBuilder();
		for (ReportNarrative.Section s : seed.sections()) {
			if (s.table().isEmpty()) {
				rendered.append(s.title()).append(seed.rendered(s));
			}
		}
		assertThat(normalise(rendered.toString())).isEqualTo(normalise(seedText()));

		String raw = seed.sections().stream().map(ReportNarrative.Section::text).collect(Collectors.joining("\n"));
		// figures that agree with the records are references: 政务微信 452 (the table's 4.政务微信), the message
		// board 213/202/11 and 94.8 % counted from the petitions, the 2 CPPCC proposals from the register
		assertThat(seed.table().value("S1_2_4", "value")).isEqualByComparingTo("452");
		assertThat(raw).contains("政务微信共发布信息{{S1_2_4}}条", "事项共{{留言板.收到}}条", "已办结回复{{留言板.已回复}}条",
				"正在办理{{留言板.办理中}}条", "回复率{{留言板.回复率}}%", "收到政协提案{{登记.政协提案}}份");
		// the sentences that contradict the table are kept as typed
		assertThat(seed.table().value("S1_2_2", "value")).isNotEqualByComparingTo("672");
		assertThat(raw).contains("门户网站共发布信息672条", "共培训工作人员62人次");
		// each finding was waived by the leader; the report is dated and published as the bureau published it
		assertThat(seed.unresolved()).isEmpty();
		assertThat(seed.report().getWaivers()).hasSize(3).allSatisfy(w -> assertThat(w.getWaivedBy()).isEqualTo("leader"));
		assertThat(seed.report().getPublishedAt().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate())
				.isEqualTo(LocalDate.of(2018, 1, 19));
	}

	@Test
	void everyOtherDemoYearHasAFullNarrativePublishedInJanuaryOfTheNextYear() throws Exception {
		for (int year = 2016; year <= 2024; year++) {
			AnnualReports.View view = reports.find("640000-xfj", year, staff("reporter")).orElseThrow();
			assertThat(view.report().getStatus()).as("status %d", year).isEqualTo(AnnualReportStatus.PUBLISHED);
			assertThat(view.sections()).as("sections %d", year)
					.allSatisfy(s -> assertThat(s.text()).doesNotContain("请填写"));
			if (year != 2017) {
				assertThat(view.openItems()).as("open items %d", year).isEmpty();
			}
			LocalDate published = view.report().getPublishedAt().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
			assertThat(published).as("published %d", year).isBetween(LocalDate.of(year + 1, 1, 1), LocalDate.of(year + 1, 1, 31));
		}
		// the portal's 信息公开年报 column lists every published report, not only the item of 2016
		String column = new Http(port).get("/disclosure/columns/annual-reports").body();
		for (int year = 2016; year <= 2024; year++) {
			assertThat(column).as("column %d", year).contains("信访局" + year + "年政府信息公开工作年度报告");
		}
		assertThat(column).doesNotContain("2025年政府信息公开工作年度报告");
	}

	@Test
	void liveFiguresResolveToTheRecordsCountedIndependently() {
		long agency = jdbc.sql("select id from agency where code = '640000-xfj'").query(Long.class).single();
		// counted from the petitions and the register themselves, not through the reporting views
		long board = count("""
				select count(*) from petition where agency_id = ? and channel = 'MESSAGE_BOARD'
				  and received_on between date '2022-01-01' and date '2022-12-31'""", agency);
		long replied = count("""
				select count(*) from petition where agency_id = ? and channel = 'MESSAGE_BOARD'
				  and received_on between date '2022-01-01' and date '2022-12-31' and answered_on <= date '2022-12-31'""", agency);
		long petitions2021 = count("""
				select count(*) from petition where agency_id = ? and received_on between date '2021-01-01' and date '2021-12-31'""",
				agency);
		long petitions2022 = count("""
				select count(*) from petition where agency_id = ? and received_on between date '2022-01-01' and date '2022-12-31'""",
				agency);
		long meetings = count("""
				select count(*) from disclosure_register_entry where agency_id = ? and kind = 'MEETING' and voided = false
				  and occurred_on between date '2022-01-01' and date '2022-12-31'""", agency);
		assertThat(board).isPositive();
		assertThat(petitions2021).isPositive();

		StaffUser editor = staff("reporter");
		AnnualReports.View y2022 = reports.find("640000-xfj", 2022, editor).orElseThrow();
		Map<String, BigDecimal> figures = y2022.figures();
		assertThat(figures.get("留言板.收到")).isEqualByComparingTo(BigDecimal.valueOf(board));
		assertThat(figures.get("留言板.已回复")).isEqualByComparingTo(BigDecimal.valueOf(replied));
		assertThat(figures.get("留言板.办理中")).isEqualByComparingTo(BigDecimal.valueOf(board - replied));
		// per cent with one decimal, never a fraction like 0.948
		assertThat(figures.get("留言板.回复率")).isEqualByComparingTo(BigDecimal.valueOf(replied).multiply(BigDecimal.valueOf(100))
				.divide(BigDecimal.valueOf(board), 1, java.math.RoundingMode.HALF_UP));
		assertThat(figures.get("信访.收到")).isEqualByComparingTo(BigDecimal.valueOf(petitions2022));
		assertThat(figures.get("同比.信访收到")).isEqualByComparingTo(BigDecimal.valueOf(petitions2022 - petitions2021)
				.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(petitions2021), 1, java.math.RoundingMode.HALF_UP));
		assertThat(figures.get("登记.会议")).isEqualByComparingTo(BigDecimal.valueOf(meetings));

		// a figure inserted into a draft's text renders with its value, and the picker offers it by its label
		long draft = reports.draft("640000-xfj", 2009, editor).report().getId();
		long board2009 = count("""
				select count(*) from petition where agency_id = ? and channel = 'MESSAGE_BOARD'
				  and received_on between date '2009-01-01' and date '2009-12-31'""", agency);
		AnnualReports.View edited = reports.edit(draft, Map.of("PROBLEMS", "全年收到留言{{留言板.收到}}条。"), editor);
		assertThat(edited.rendered(edited.sections().get(4))).isEqualTo("全年收到留言" + board2009 + "条。");
	}

	@Test
	void theEditorPicksAFigureFromTheListAndSeesItsValue() throws Exception {
		StaffUser editor = staff("reporter");
		long draft = reports.draft("640000-xfj", 2008, editor).report().getId();
		String page = mvc.perform(get("/console/reporting/documents/" + draft).with(user(editor))).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<option value=\"{{登记.政协提案}}\">办理政协提案：0 件</option>", "领导留言板收到留言：",
				"统计表以外的数字", "/js/reporting-editor.js");
		// without JavaScript, 插入 appends the chosen reference to its part
		var inserted = mvc.perform(post("/console/reporting/documents/" + draft + "/edit").with(user(editor)).with(csrf())
				.param("texts[PROPOSALS]", "本年度办理政协提案").param("figures[PROPOSALS]", "{{登记.政协提案}}")
				.param("insert", "PROPOSALS")).andReturn().getResponse();
		assertThat(inserted.getStatus()).isEqualTo(302);
		AnnualReports.View view = reports.get(draft, editor);
		assertThat(view.sections().get(3).text()).isEqualTo("本年度办理政协提案{{登记.政协提案}}");
		assertThat(view.rendered(view.sections().get(3))).isEqualTo("本年度办理政协提案0");
	}

	private long count(String sql, long agency) {
		return jdbc.sql(sql).param(agency).query(Long.class).single();
	}

	/** The seed's running text: after its title, up to the annex line. */
	private static String seedText() throws IOException {
		String seed = Files.readString(Path.of("src/test/resources/reports/000-seed-nxxf-2017.txt"), StandardCharsets.UTF_8);
		int start = seed.indexOf('\n', seed.indexOf("# 自治区信访局"));
		int end = seed.indexOf("附件:");
		return seed.substring(start, end);
	}

	/** Text without what typesetting adds: Markdown marks, link addresses, white space. */
	private static String normalise(String text) {
		return text.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replace("*", "").replace("#", "").replaceAll("\\s+", "");
	}
}
