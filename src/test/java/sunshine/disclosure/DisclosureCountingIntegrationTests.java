package sunshine.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sunshine.SunshineIntegrationTest;
import sunshine.agency.AgencyLookup;
import sunshine.agency.OrgScope;

/**
 * The yearly figures come from the records: the seed agency's 2017 demo catalogue gives the seed
 * report's numbers, and the counting rules hold for records made here (each test measures before
 * and after, so other records in the shared database do not matter).
 */
@SunshineIntegrationTest
class DisclosureCountingIntegrationTests {

	@Autowired
	java.time.Clock clock;

	@Autowired
	DisclosureManagement disclosure;

	@Autowired
	DisclosureQueries queries;

	@Autowired
	AgencyLookup agencies;

	@Autowired
	JdbcClient jdbc;

	long haiyuan;
	OrgScope scope;

	@BeforeEach
	void agency() {
		haiyuan = agencies.byCode("640522-xfj").orElseThrow().getId();
		scope = OrgScope.ownAgencyOnly(haiyuan);
	}

	@Test
	void reproducesTheSeedReportOf2017FromTheDemoRecords() {
		long region = agencies.byCode("640000-xfj").orElseThrow().getId();
		YearFigures figures = queries.figures(region, 2017);
		// 一、主动公开情况 of the seed's table
		assertThat(figures.distinctItems()).isEqualTo(672);
		assertThat(figures.normativeDocumentsDisclosed()).isEqualTo(4);
		assertThat(figures.documentsIssued()).isEqualTo(4);
		assertThat(figures.channel(Channel.GAZETTE)).isZero();
		assertThat(figures.channel(Channel.WEBSITE)).isEqualTo(467);
		assertThat(figures.channel(Channel.WEIBO)).isZero();
		assertThat(figures.channel(Channel.WECHAT)).isEqualTo(452);
		assertThat(figures.channel(Channel.OTHER)).isEqualTo(178);
		// 二、回应解读情况
		assertThat(figures.hotspots()).isEqualTo(1);
		assertThat(figures.pressConferences()).isZero();
		assertThat(figures.pressConferencesWithPrincipalLeader()).isZero();
		assertThat(figures.onlineInterviews()).isZero();
		assertThat(figures.onlineInterviewsWithPrincipalLeader()).isZero();
		assertThat(figures.interpretations()).isEqualTo(4);
		assertThat(figures.hotspotsOnWeiboOrWechat()).isZero();
		assertThat(figures.hotspotsOtherWays()).isZero();
		// 八、机构建设和保障经费情况; 九、会议和培训情况
		assertThat(figures.disclosureOffices()).isZero();
		assertThat(figures.readingPoints()).isEqualTo(1);
		assertThat(figures.staff()).isEqualTo(2);
		assertThat(figures.fullTimeStaff()).isZero();
		assertThat(figures.partTimeStaff()).isEqualTo(2);
		assertThat(figures.specialBudgetFen()).isEqualTo(1_000_000L); // 1 万元
		assertThat(figures.meetings()).isEqualTo(1);
		assertThat(figures.trainingClassesHeld()).isZero();
		assertThat(figures.trainees()).isEqualTo(8);
		// 四、人大代表建议和政协提案: 政协提案 2 份
		assertThat(figures.cppccProposals()).isEqualTo(2);
		assertThat(figures.npcSuggestions()).isZero();
	}

	@Test
	void theReportViewsGiveTheSameSeedNumbersToTheReportingModule() {
		long region = agencies.byCode("640000-xfj").orElseThrow().getId();
		assertThat(jdbc.sql("""
				select count(distinct item_id) from report_disclosure_item_publications
				where agency_id = :a and extract(year from published_on) = 2017""").param("a", region)
				.query(Long.class).single()).isEqualTo(672);
		assertThat(jdbc.sql("""
				select count(distinct item_id) from report_disclosure_item_publications
				where agency_id = :a and extract(year from published_on) = 2017 and channel = 'WECHAT'""")
				.param("a", region).query(Long.class).single()).isEqualTo(452);
		assertThat(jdbc.sql("""
				select count(*) from report_disclosure_normative_documents
				where agency_id = :a and extract(year from disclosed_on) = 2017""").param("a", region)
				.query(Long.class).single()).isEqualTo(4);
		assertThat(jdbc.sql("""
				select coalesce(sum(quantity), 0) from report_disclosure_register
				where agency_id = :a and kind in ('TRAINING_HELD', 'TRAINING_ATTENDED') and extract(year from occurred_on) = 2017""")
				.param("a", region).query(Long.class).single()).isEqualTo(8);
	}

	@Test
	void anItemOnThreeChannelsCountsOnceInTheTotalAndOnceInEachChannel() {
		YearFigures before = queries.figures(haiyuan, 2031);
		LocalDate day = LocalDate.of(2031, 5, 20);
		publish("三个渠道同时发布的信访工作通知", List.of(
				new ChannelPublication(Channel.WEBSITE, day, "http://example.gov.cn/1", null),
				new ChannelPublication(Channel.WECHAT, day, null, null),
				new ChannelPublication(Channel.OTHER, day.plusDays(2), null, "《宁夏信访》杂志")));
		YearFigures after = queries.figures(haiyuan, 2031);
		assertThat(after.distinctItems() - before.distinctItems()).isEqualTo(1);
		assertThat(after.channel(Channel.WEBSITE) - before.channel(Channel.WEBSITE)).isEqualTo(1);
		assertThat(after.channel(Channel.WECHAT) - before.channel(Channel.WECHAT)).isEqualTo(1);
		assertThat(after.channel(Channel.OTHER) - before.channel(Channel.OTHER)).isEqualTo(1);
		assertThat(after.channel(Channel.WEIBO) - before.channel(Channel.WEIBO)).isZero();
	}

	@Test
	void aWithdrawnItemStaysCountedForTheYearItWasPublishedButLeavesTheCatalogue() {
		YearFigures before = queries.figures(haiyuan, 2032);
		LocalDate day = LocalDate.of(2032, 3, 2);
		InformationItem item = publish("发布后撤回的公告", List.of(new ChannelPublication(Channel.WEBSITE, day, null, null)));
		var filter = new DisclosureQueries.CatalogueFilter(haiyuan, 2032, null, null, null);
		long listedBefore = queries.catalogue(filter, 1, 100).total();
		disclosure.withdraw(item.getId(), LocalDate.of(2032, 3, 9), "内容有误，重新发布", scope);
		YearFigures after = queries.figures(haiyuan, 2032);
		assertThat(after.distinctItems() - before.distinctItems()).isEqualTo(1);
		assertThat(after.channel(Channel.WEBSITE) - before.channel(Channel.WEBSITE)).isEqualTo(1);
		assertThat(queries.catalogue(filter, 1, 100).total()).isEqualTo(listedBefore - 1);
		assertThat(queries.publishedItem(item.getId())).isEmpty();
	}

	@Test
	void aDraftOrAnItemInReviewIsNotCounted() {
		int year = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))).getYear();
		YearFigures before = queries.figures(haiyuan, year);
		YearFigures dated = queries.figures(haiyuan, 2026);
		InformationItem draft = disclosure.draft(haiyuan, content("尚未发布的草稿"));
		disclosure.submitForReview(draft.getId(), scope);
		assertThat(queries.figures(haiyuan, year).distinctItems()).isEqualTo(before.distinctItems());
		assertThat(queries.figures(haiyuan, 2026).distinctItems()).as("nor in the year of its document date")
				.isEqualTo(dated.distinctItems());
	}

	@Test
	void anItemPublishedInOneYearOnOneChannelAndTheNextYearOnAnotherCountsInBothYearsForItsChannel() {
		YearFigures first = queries.figures(haiyuan, 2034);
		YearFigures second = queries.figures(haiyuan, 2035);
		InformationItem item = publish("跨年度在不同渠道发布的信息",
				List.of(new ChannelPublication(Channel.WEBSITE, LocalDate.of(2034, 12, 30), null, null)));
		disclosure.publishAlsoOn(item.getId(), new ChannelPublication(Channel.WECHAT, LocalDate.of(2035, 1, 5), null, null),
				scope);
		YearFigures firstAfter = queries.figures(haiyuan, 2034);
		YearFigures secondAfter = queries.figures(haiyuan, 2035);
		assertThat(firstAfter.distinctItems() - first.distinctItems()).isEqualTo(1);
		assertThat(firstAfter.channel(Channel.WEBSITE) - first.channel(Channel.WEBSITE)).isEqualTo(1);
		assertThat(firstAfter.channel(Channel.WECHAT) - first.channel(Channel.WECHAT)).isZero();
		assertThat(secondAfter.distinctItems() - second.distinctItems()).isEqualTo(1);
		assertThat(secondAfter.channel(Channel.WECHAT) - second.channel(Channel.WECHAT)).isEqualTo(1);
		assertThat(secondAfter.channel(Channel.WEBSITE) - second.channel(Channel.WEBSITE)).isZero();
	}

	@Test
	void aHotspotAnsweredOnSeveralChannelsCountsOnce() {
		YearFigures before = queries.figures(haiyuan, 2033);
		disclosure.recordHotspot(haiyuan, "群众关注的征地补偿信访问题", LocalDate.of(2033, 4, 1), List.of(
				new Hotspot.Response(HotspotChannel.WEBSITE, LocalDate.of(2033, 4, 2), null, null),
				new Hotspot.Response(HotspotChannel.WEIBO, LocalDate.of(2033, 4, 2), null, null),
				new Hotspot.Response(HotspotChannel.WECHAT, LocalDate.of(2033, 4, 3), null, null)));
		YearFigures after = queries.figures(haiyuan, 2033);
		assertThat(after.hotspots() - before.hotspots()).isEqualTo(1);
		assertThat(after.hotspotsOnWeiboOrWechat() - before.hotspotsOnWeiboOrWechat()).isEqualTo(1);
		assertThat(after.hotspotsOtherWays() - before.hotspotsOtherWays()).isZero();
	}

	@Test
	void aDocumentIsInForceFromItsIssueUntilItIsAbolished() {
		YearFigures y2036 = queries.figures(haiyuan, 2036);
		YearFigures y2037 = queries.figures(haiyuan, 2037);
		NormativeDocument document = disclosure.registerDocument(haiyuan, DocumentKind.NORMATIVE_DOCUMENT,
				"海原县信访事项办理规程", "海信发〔2036〕3号", LocalDate.of(2036, 6, 1), null);
		disclosure.abolishDocument(document.getId(), LocalDate.of(2037, 7, 1), scope);
		YearFigures y2036After = queries.figures(haiyuan, 2036);
		YearFigures y2037After = queries.figures(haiyuan, 2037);
		assertThat(y2036After.documentsIssued() - y2036.documentsIssued()).isEqualTo(1);
		assertThat(y2036After.documentsInForceAtYearEnd() - y2036.documentsInForceAtYearEnd()).isEqualTo(1);
		assertThat(y2037After.documentsAbolished() - y2037.documentsAbolished()).isEqualTo(1);
		assertThat(y2037After.documentsInForceAtYearEnd() - y2037.documentsInForceAtYearEnd()).isZero();
		assertThat(document.isInForceOn(LocalDate.of(2037, 6, 30))).isTrue();
	}

	@Test
	void aVoidedRegisterEntryLeavesTheCounts() {
		YearFigures before = queries.figures(haiyuan, 2038);
		RegisterEntry press = disclosure.record(haiyuan, new RegisterEntryDraft(RegisterKind.PRESS_CONFERENCE,
				LocalDate.of(2038, 5, 1), null, "信访工作新闻发布会", 0, 0, true, false, null));
		disclosure.record(haiyuan, new RegisterEntryDraft(RegisterKind.PRESS_CONFERENCE, LocalDate.of(2038, 9, 1), null,
				"误登记的发布会", 0, 0, false, false, null));
		YearFigures middle = queries.figures(haiyuan, 2038);
		assertThat(middle.pressConferences() - before.pressConferences()).isEqualTo(2);
		assertThat(middle.pressConferencesWithPrincipalLeader() - before.pressConferencesWithPrincipalLeader()).isEqualTo(1);
		disclosure.voidEntry(press.getId(), "重复登记", scope);
		YearFigures after = queries.figures(haiyuan, 2038);
		assertThat(after.pressConferences() - before.pressConferences()).isEqualTo(1);
		assertThat(after.pressConferencesWithPrincipalLeader() - before.pressConferencesWithPrincipalLeader()).isZero();
	}

	@Test
	void sumsDecisionsFeesAndTraineesAndCountsStandingFactsOnTheLastDayOfTheYear() {
		YearFigures before = queries.figures(haiyuan, 2046);
		LocalDate may = LocalDate.of(2046, 5, 1);
		disclosure.recordAll(haiyuan, List.of(
				new RegisterEntryDraft(RegisterKind.LICENSING, may, null, "五月行政许可决定", 120, 0, false, false, null),
				new RegisterEntryDraft(RegisterKind.LICENSING, may.plusMonths(1), null, "六月行政许可决定", 30, 0, false, false, null),
				new RegisterEntryDraft(RegisterKind.PENALTY, may, null, "行政处罚决定", 5, 0, false, false, null),
				new RegisterEntryDraft(RegisterKind.FEES, may, null, "行政事业性收费", 0, 23_500L * 100, false, false, null),
				new RegisterEntryDraft(RegisterKind.STAFF, LocalDate.of(2046, 1, 1), LocalDate.of(2046, 6, 30), "借调（专职）", 1, 0,
						false, true, "张三"),
				new RegisterEntryDraft(RegisterKind.STAFF, LocalDate.of(2045, 3, 1), null, "办公室（兼职）", 1, 0, false, false, "李四"),
				new RegisterEntryDraft(RegisterKind.READING_POINT, LocalDate.of(2046, 12, 31), null, "县政务大厅查阅点", 1, 0, false,
						false, null),
				new RegisterEntryDraft(RegisterKind.TRAINING_HELD, may, null, "全县政务公开培训班", 20, 0, false, false, null),
				new RegisterEntryDraft(RegisterKind.TRAINING_ATTENDED, may, null, "市级培训", 5, 0, false, false, null)));
		YearFigures after = queries.figures(haiyuan, 2046);
		assertThat(after.licensingDecisions() - before.licensingDecisions()).isEqualTo(150);
		assertThat(after.penaltyDecisions() - before.penaltyDecisions()).isEqualTo(5);
		assertThat(after.feesCollectedFen() - before.feesCollectedFen()).isEqualTo(2_350_000L); // 2.35 万元
		// the full-time colleague left on 30 June: not counted on 31 December
		assertThat(after.fullTimeStaff() - before.fullTimeStaff()).isZero();
		assertThat(after.partTimeStaff() - before.partTimeStaff()).isEqualTo(1);
		assertThat(after.readingPoints() - before.readingPoints()).isEqualTo(1);
		assertThat(after.trainingClassesHeld() - before.trainingClassesHeld()).isEqualTo(1);
		assertThat(after.trainees() - before.trainees()).isEqualTo(25);
	}

	@Test
	void flagsADocumentWhoseInterpretationIsMissingAfterTheLag() {
		NormativeDocument alone = disclosure.registerDocument(haiyuan, DocumentKind.NORMATIVE_DOCUMENT,
				"没有解读的规范性文件", "海信发〔2025〕9号", LocalDate.of(2025, 3, 3), null);
		NormativeDocument explained = disclosure.registerDocument(haiyuan, DocumentKind.NORMATIVE_DOCUMENT,
				"同步解读的规范性文件", "海信发〔2025〕10号", LocalDate.of(2025, 3, 3), null);
		// 5 working days after Monday 3 March 2025 is Monday 10 March.
		disclosure.recordInterpretation(haiyuan, explained.getId(), null, "同步解读", PolicyInterpretation.Form.TEXT,
				LocalDate.of(2025, 3, 10));
		var rows = queries.documents(scope);
		var aloneRow = rows.stream().filter(r -> r.id() == alone.getId()).findFirst().orElseThrow();
		var explainedRow = rows.stream().filter(r -> r.id() == explained.getId()).findFirst().orElseThrow();
		assertThat(aloneRow.interpretationLate()).isTrue();
		assertThat(aloneRow.interpretationDue()).isEqualTo(LocalDate.of(2025, 3, 10));
		assertThat(explainedRow.interpretationLate()).isFalse();
		assertThat(explainedRow.interpretations()).isEqualTo(1);
	}

	@Test
	void givesEachItemOfAnAgencyAndYearItsOwnIndexNumber() {
		// the year of the index number is the year the item is drafted in, Asia/Shanghai (read before and
		// after: a run across New Year's midnight may see either)
		int before = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))).getYear();
		InformationItem a = disclosure.draft(haiyuan, content("索引号甲"));
		InformationItem b = disclosure.draft(haiyuan, content("索引号乙"));
		int after = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))).getYear();
		assertThat(a.getIndexNumber()).matches("640522-XFJ/(" + before + "|" + after + ")-\\d{5}");
		assertThat(b.getIndexNumber()).matches("640522-XFJ/(" + before + "|" + after + ")-\\d{5}")
				.isNotEqualTo(a.getIndexNumber());
	}

	private InformationItem publish(String title, List<ChannelPublication> channels) {
		InformationItem item = disclosure.draft(haiyuan, content(title));
		disclosure.submitForReview(item.getId(), scope);
		return disclosure.publish(item.getId(), channels, scope);
	}

	static ItemContent content(String title) {
		return new ItemContent(title, "海原县信访局", null, LocalDate.of(2026, 1, 5), Topic.PETITION_WORK, Genre.NOTICE,
				"catalogue", "<p>" + title + "的正文。</p>");
	}
}
