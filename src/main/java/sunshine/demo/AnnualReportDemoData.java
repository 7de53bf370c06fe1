package sunshine.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import sunshine.agency.StaffUser;
import sunshine.reporting.document.AnnualReports;
import sunshine.reporting.document.OpenItem;
import sunshine.reporting.document.ReportFigures;
import sunshine.reporting.document.ReportNarrative;

/**
 * The annual report documents of 宁夏回族自治区信访局 (640000-xfj) for every reporting year 2016–2025, each
 * in its era's format. 2017 is the seed — the bureau's own published report, word for word — with its figures
 * bound to live cells where they agree with the records and the sentences that contradict the table kept as
 * typed (the linter finds them; the signing leader waived them, saying why). The other years carry full
 * narratives written from the table and the live figures. 2016–2024 were signed and published in January of
 * the following year (《政府信息公开条例》（2019）第四十九条: by 31 January; the seed is dated 2018年1月19日);
 * 2025 is left as a draft to edit. Runs when the demo region's transaction commits, after every other area
 * has written its records (the published tables are frozen from them).
 */
@Component
class AnnualReportDemoData {

	private static final Logger log = LoggerFactory.getLogger(AnnualReportDemoData.class);

	static final int FIRST_YEAR = 2016;
	static final int LAST_YEAR = 2025;
	static final int SEED_YEAR = 2017;

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	/** The day each report was signed and published (the seed's own date for 2017). */
	static final Map<Integer, LocalDate> PUBLISHED_ON = Map.of(2016, LocalDate.of(2017, 1, 20), 2017,
			LocalDate.of(2018, 1, 19), 2018, LocalDate.of(2019, 1, 25), 2019, LocalDate.of(2020, 1, 21), 2020,
			LocalDate.of(2021, 1, 22), 2021, LocalDate.of(2022, 1, 20), 2022, LocalDate.of(2023, 1, 19), 2023,
			LocalDate.of(2024, 1, 24), 2024, LocalDate.of(2025, 1, 23));

	private final AnnualReports reports;
	private final UserDetailsService users;

	AnnualReportDemoData(AnnualReports reports, UserDetailsService users) {
		this.reports = reports;
		this.users = users;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(DemoData.RegionLoaded event) {
		long started = System.nanoTime();
		StaffUser editor = (StaffUser) users.loadUserByUsername("reporter");
		StaffUser leader = (StaffUser) users.loadUserByUsername("leader");
		for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			if (year == LAST_YEAR) {
				reports.draft(DemoData.SEED_AGENCY, year, editor);
				continue;
			}
			LocalDate published = PUBLISHED_ON.get(year);
			AnnualReports drafting = reports.asOf(at(published.minusDays(10), 9, 30));
			AnnualReports.View draft = drafting.draft(DemoData.SEED_AGENCY, year, editor);
			long id = draft.report().getId();
			drafting.write(id, year == SEED_YEAR ? seed(draft) : narrative(draft), editor);
			reports.asOf(at(published.minusDays(3), 16, 0)).submit(id, editor);
			AnnualReports signing = reports.asOf(at(published, 10, 0));
			for (OpenItem item : year == SEED_YEAR ? signing.get(id, leader).unresolved() : List.<OpenItem>of()) {
				signing.waive(id, item.key(), "正文照录本局已印发的" + year + "年度报告原文；统计表以系统记录为准，"
						+ "二者的差异在此说明，不改动已印发的文字。", leader);
			}
			signing.signOff(id, leader);
			reports.asOf(at(published, 15, 30)).publish(id, editor);
		}
		log.info("Annual report demo data: {} reports in {} ms", LAST_YEAR - FIRST_YEAR + 1,
				(System.nanoTime() - started) / 1_000_000);
	}

	private static java.time.Instant at(LocalDate day, int hour, int minute) {
		return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(BEIJING).toInstant();
	}

	// ------------------------------------------------------------------------------ 2017: the seed

	/** Where the seed's figures may be bound to a live cell or figure, when they agree. */
	static final Map<Pattern, String> SEED_BINDINGS = seedBindings();

	private static Map<Pattern, String> seedBindings() {
		Map<Pattern, String> bindings = new LinkedHashMap<>();
		bindings.put(Pattern.compile("门户网站共发布信息(\\d+)条"), "{{S1_2_2}}");
		bindings.put(Pattern.compile("政务微信共发布信息(\\d+)条"), "{{S1_2_4}}");
		bindings.put(Pattern.compile("政策解读(\\d+)条"), "{{S2_2_3}}");
		bindings.put(Pattern.compile("共培训工作人员(\\d+)人次"), "{{S9_3}}");
		bindings.put(Pattern.compile("收到政协提案(\\d+)份"), "{{" + ReportFigures.CPPCC_PROPOSALS + "}}");
		bindings.put(Pattern.compile("事项共(\\d+)条"), "{{" + ReportFigures.BOARD_RECEIVED + "}}");
		bindings.put(Pattern.compile("已办结回复(\\d+)条"), "{{" + ReportFigures.BOARD_REPLIED + "}}");
		bindings.put(Pattern.compile("正在办理(\\d+)条"), "{{" + ReportFigures.BOARD_PENDING + "}}");
		bindings.put(Pattern.compile("回复率(\\d+(?:\\.\\d+)?)%"), "{{" + ReportFigures.BOARD_REPLY_RATE + "}}");
		return bindings;
	}

	private static List<ReportNarrative.Section> seed(AnnualReports.View draft) {
		List<ReportNarrative.Section> sections = new ArrayList<>();
		for (ReportNarrative.Section s : SeedNarrative.sections(ReportingDemoData.read())) {
			sections.add(new ReportNarrative.Section(s.key(), s.title(),
					ReportNarrative.bind(s.text(), SEED_BINDINGS, draft.table(), draft.figures()), s.table()));
		}
		return sections;
	}

	// ----------------------------------------------------------------------- the other years

	/** The drafted sections with every fill-in part written, figures as references. */
	private static List<ReportNarrative.Section> narrative(AnnualReports.View draft) {
		int year = draft.report().getReportingYear();
		Map<String, java.math.BigDecimal> figures = draft.figures();
		List<ReportNarrative.Section> sections = new ArrayList<>();
		for (ReportNarrative.Section s : draft.sections()) {
			String text = switch (s.key()) {
				case "OVERVIEW" -> s.text() + board(year, figures) + OVERVIEW.get(year);
				case "PROPOSALS" -> year + "年，自治区信访局共承办自治区人大代表建议{{" + ReportFigures.NPC_SUGGESTIONS
						+ "}}件、政协提案{{" + ReportFigures.CPPCC_PROPOSALS + "}}件，均在规定时限内办结并答复代表、委员。"
						+ "办理复文在征得代表、委员同意后，通过门户网站建议提案办理专栏公开，接受社会监督。";
				case "PROBLEMS" -> PROBLEMS.get(year);
				case "OTHER" -> s.text() + "本年度无其他需要报告的事项。";
				default -> s.text();
			};
			sections.add(new ReportNarrative.Section(s.key(), s.title(), text, s.table()));
		}
		return sections;
	}

	/** The message-board figures of the year, where there are any. */
	private static String board(int year, Map<String, java.math.BigDecimal> figures) {
		if (!figures.containsKey(ReportFigures.BOARD_REPLY_RATE)) {
			return "";
		}
		return "通过领导留言板收到群众留言{{" + ReportFigures.BOARD_RECEIVED + "}}条，已办结回复{{"
				+ ReportFigures.BOARD_REPLIED + "}}条，回复率{{" + ReportFigures.BOARD_REPLY_RATE + "}}%。";
	}

	private static final Map<Integer, String> OVERVIEW = Map.of(
			2016, "本年度重点推进信访工作制度改革信息公开，在门户网站开设信访法治化专栏，公开来信办理、来访接待、网上投诉办理的流程和时限。",
			2018, "本年度以“阳光信访”建设为主线，推动全区信访部门统一使用网上信访受理办理平台，信访事项办理过程和结果网上可查、可评。",
			2019, "本年度认真贯彻新修订的《中华人民共和国政府信息公开条例》，修订本局政府信息公开指南和主动公开目录，规范依申请公开办理流程。",
			2020, "本年度在做好疫情防控期间信访工作的同时，通过门户网站和政务新媒体及时发布“网上信访、视频接访”等便民举措。",
			2021, "本年度深入推进基层政务公开标准化规范化，编制信访领域基层政务公开标准目录，并在门户网站集中公开。",
			2022, "本年度以贯彻落实《信访工作条例》为契机，集中公开信访工作制度文件，开展《信访工作条例》宣传月活动。",
			2023, "本年度围绕信访工作法治化，公开信访事项受理、办理、复查复核各环节的依据和时限，提升信访工作透明度。",
			2024, "本年度持续优化政府网站政府信息公开专栏，完善政策解读和回应关切机制，推进信访数据分析结果按季度公开。");

	private static final Map<Integer, String> PROBLEMS = Map.of(
			2016, "本年度政府信息公开工作仍存在一些不足：一是主动公开的信息以工作动态为主，政策性信息和办理结果信息偏少；"
					+ "二是门户网站栏目设置不够细，查找不够便捷；三是对市、县（区）信访部门政府信息公开工作的指导有待加强。"
					+ "下一年度，我局将细化门户网站政府信息公开栏目，加大信访政策和办理结果的公开力度，加强对全区信访系统政府信息公开工作的业务指导。",
			2018, "本年度存在的主要问题：政策解读形式较为单一，图解、视频等解读方式运用不多；政务新媒体与门户网站的信息联动不够。"
					+ "下一年度工作思路：一是丰富政策解读形式，重要文件做到同步起草解读方案、同步审签、同步发布；"
					+ "二是加强门户网站与政务微信的统筹管理，统一发布口径；三是做好新修订条例施行的各项准备工作。",
			2019, "存在的主要问题：一是政府信息公开指南和目录的更新还不够及时；二是依申请公开答复文书的规范性有待提高。"
					+ "改进情况：我局已按新条例修订公开指南，建立依申请公开答复文书模板和法律审核环节，"
					+ "下一年度将开展依申请公开办理专题培训，进一步提升答复质量。",
			2020, "存在的主要问题：疫情期间线下公开渠道受到影响，部分群众对网上信访渠道知晓度不高。"
					+ "改进情况：我局通过政务微信、宁夏日报等渠道加大网上信访渠道的宣传，在接访大厅设置网上信访引导岗；"
					+ "下一年度将持续推进信访信息公开与网上信访平台的深度融合。",
			2021, "存在的主要问题：基层政务公开标准目录的落实情况不平衡，部分县（区）信访部门公开内容更新不及时。"
					+ "改进情况：我局建立政务公开工作季度通报制度，对市、县（区）信访部门公开专栏进行抽查并通报结果；"
					+ "下一年度将把政务公开纳入信访工作年度考核。",
			2022, "存在的主要问题：政策解读的针对性和可读性有待提高，对社会关切的回应时效还需加快。"
					+ "改进情况：我局围绕《信访工作条例》推出系列图解和问答，建立舆情回应快速响应机制；"
					+ "下一年度将围绕信访工作法治化建设加强解读和回应工作。",
			2023, "存在的主要问题：信访数据分析成果的公开还不够充分，公开的信息与群众需求的匹配度有待提高。"
					+ "改进情况：我局开展政府信息公开需求调查，据此调整主动公开重点；"
					+ "下一年度将按季度公开全区信访形势分析，并探索依申请公开较多的信息转为主动公开。",
			2024, "存在的主要问题：政府网站适老化和无障碍改造仍需深化，移动端公开服务还不够便捷。"
					+ "改进情况：我局完成门户网站适老化改造，上线关怀版页面；"
					+ "下一年度将优化移动端信息公开服务，持续提升政府信息公开的标准化、规范化水平。");
}
