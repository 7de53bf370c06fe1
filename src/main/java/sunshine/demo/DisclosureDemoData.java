package sunshine.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import sunshine.agency.Agency;
import sunshine.agency.AgencyLookup;
import sunshine.disclosure.Channel;
import sunshine.disclosure.ChannelPublication;
import sunshine.disclosure.DisclosureManagement;
import sunshine.disclosure.DocumentKind;
import sunshine.disclosure.Genre;
import sunshine.disclosure.Hotspot;
import sunshine.disclosure.HotspotChannel;
import sunshine.disclosure.ImportedItem;
import sunshine.disclosure.InformationItem;
import sunshine.disclosure.ItemContent;
import sunshine.disclosure.PolicyInterpretation;
import sunshine.disclosure.RegisterEntryDraft;
import sunshine.disclosure.RegisterKind;
import sunshine.disclosure.Topic;

/**
 * The disclosure catalogue of the demo region. For 宁夏回族自治区信访局 in 2017 it reproduces the seed
 * report's figures from records: 672 distinct items (467 on the website, 452 on 政务微信, 178 by
 * other means — the 《民生与信访》 TV programme, the 《宁夏信访》 magazine, a 今日头条 account and
 * posters; none in a gazette or on 微博), 4 normative documents issued and disclosed with 4
 * interpretation articles, 1 hotspot answered, no press conference or interview, 1 reading point,
 * 2 part-time staff, a special budget of 1 万元, 1 meeting, no training class held and 8 trainees,
 * 2 CPPCC proposals handled. Lighter, generated data for 2016 and 2018–2025 and for the 27 city
 * and county bureaus.
 */
@Component
class DisclosureDemoData {

	private static final Logger log = LoggerFactory.getLogger(DisclosureDemoData.class);

	/**
	 * The seed's 2017 channel mix: how many items went to each combination of channels. Website
	 * 77+330+40+20 = 467, 微信 87+330+15+20 = 452, other 103+40+15+20 = 178, distinct 672.
	 */
	static final int WEBSITE_ONLY = 77, WECHAT_ONLY = 87, OTHER_ONLY = 103, WEBSITE_WECHAT = 330,
			WEBSITE_OTHER = 40, WECHAT_OTHER = 15, ALL_THREE = 20;

	private final DisclosureManagement disclosure;
	private final AgencyLookup agencies;

	DisclosureDemoData(DisclosureManagement disclosure, AgencyLookup agencies) {
		this.disclosure = disclosure;
		this.agencies = agencies;
	}

	@EventListener
	void on(DemoData.RegionLoaded event) {
		long started = System.nanoTime();
		Agency region = agencies.byCode(DemoData.SEED_AGENCY).orElseThrow();
		int items = seedYear(region);
		var random = new Random(2017);
		for (int year = 2016; year <= 2025; year++) {
			if (year != 2017) {
				items += lighterYear(region, year, 30 + random.nextInt(20), random);
				documentsAndHotspots(region, year, random);
			}
		}
		for (Agency bureau : agencies.tree()) {
			if (bureau.getId().equals(region.getId())) {
				continue;
			}
			for (int year = 2018; year <= 2025; year++) {
				items += lighterYear(bureau, year, 3 + random.nextInt(5), random);
			}
		}
		log.info("Disclosure demo data: {} items in {} ms", items, (System.nanoTime() - started) / 1_000_000);
	}

	// ------------------------------------------------------------------ the seed year

	private int seedYear(Agency region) {
		long agency = region.getId();
		var titles = new Titles(new Random(672), region);
		List<ImportedItem> catalogue = new ArrayList<>();
		int tv = 0, magazine = 0, toutiao = 0;
		// The combinations in a fixed order; documents and interpretations are among the website+微信 items.
		List<List<Channel>> mixes = new ArrayList<>();
		add(mixes, WEBSITE_WECHAT, Channel.WEBSITE, Channel.WECHAT);
		add(mixes, WEBSITE_ONLY, Channel.WEBSITE);
		add(mixes, WECHAT_ONLY, Channel.WECHAT);
		add(mixes, OTHER_ONLY, Channel.OTHER);
		add(mixes, WEBSITE_OTHER, Channel.WEBSITE, Channel.OTHER);
		add(mixes, WECHAT_OTHER, Channel.WECHAT, Channel.OTHER);
		add(mixes, ALL_THREE, Channel.WEBSITE, Channel.WECHAT, Channel.OTHER);
		for (int i = 0; i < mixes.size(); i++) {
			// Spread over the year: 3 January to 29 December.
			LocalDate day = LocalDate.of(2017, 1, 3).plusDays((long) i * 360 / mixes.size());
			ItemContent content;
			if (i < 4) {
				content = titles.normativeDocument(i, day);
			}
			else if (i < 8) {
				content = titles.interpretation(i - 4, day);
			}
			else if (i == 8) {
				content = titles.annualReport(2016, day);
			}
			else {
				content = titles.news(day);
			}
			var publications = new ArrayList<ChannelPublication>();
			for (Channel channel : mixes.get(i)) {
				String link = null;
				String description = null;
				if (channel == Channel.WEBSITE) {
					link = "http://www.nxxf.gov.cn/xxgk/2017/" + (1000 + i) + ".htm";
				}
				else if (channel == Channel.WECHAT) {
					link = "https://mp.weixin.qq.com/s/nxxf2017-" + (1000 + i);
				}
				else if (tv < 67) {
					description = "宁夏公共频道《民生与信访》第" + (++tv) + "期";
				}
				else if (magazine < 88) {
					description = "《宁夏信访》杂志 2017年 第" + (++magazine) + "篇";
				}
				else {
					description = ++toutiao % 2 == 0 ? "接访大厅展板、宣传海报" : "今日头条“宁夏信访”号";
				}
				publications.add(new ChannelPublication(channel, day, link, description));
			}
			catalogue.add(new ImportedItem(content, publications));
		}
		List<InformationItem> saved = disclosure.importCatalogue(agency, catalogue);
		// The first four items disclose the year's normative documents; the next four interpret them.
		for (int i = 0; i < 4; i++) {
			InformationItem document = byTitle(saved, catalogue.get(i).content().title());
			var registered = disclosure.registerDocument(agency, DocumentKind.NORMATIVE_DOCUMENT, document.getTitle(),
					document.getDocumentNumber(), document.getWrittenOn(), document.getId());
			InformationItem interpretation = byTitle(saved, catalogue.get(4 + i).content().title());
			disclosure.recordInterpretation(agency, registered.getId(), interpretation.getId(),
					interpretation.getTitle(), i == 1 ? PolicyInterpretation.Form.GRAPHIC : PolicyInterpretation.Form.TEXT,
					interpretation.getPublishedOn());
		}
		disclosure.recordHotspot(agency, "群众评议机关作风活动督导组实地督导调研信访工作", LocalDate.of(2017, 8, 1),
				List.of(new Hotspot.Response(HotspotChannel.WEBSITE, LocalDate.of(2017, 8, 2),
						"http://www.nxxf.gov.cn/xwzx/2017/0802.htm", "门户网站发布督导调研情况")));
		disclosure.recordAll(agency, List.of(
				standing(RegisterKind.READING_POINT, LocalDate.of(2015, 3, 2), "自治区信访局来访接待大厅政府信息公开查阅点", false, null),
				standing(RegisterKind.STAFF, LocalDate.of(2016, 4, 1), "办公室（兼职）", false, "马丽"),
				standing(RegisterKind.STAFF, LocalDate.of(2016, 4, 1), "信息中心（兼职）", false, "王建军"),
				new RegisterEntryDraft(RegisterKind.SPECIAL_BUDGET, LocalDate.of(2017, 3, 1), null,
						"2017年政府信息公开专项经费", 0, 1_000_000L, false, false, null),
				new RegisterEntryDraft(RegisterKind.MEETING, LocalDate.of(2017, 4, 18), null,
						"2017年政务公开工作专题会议", 0, 0, false, false, null),
				new RegisterEntryDraft(RegisterKind.TRAINING_ATTENDED, LocalDate.of(2017, 6, 20), null,
						"自治区政务公开业务培训班（自治区政府办公厅举办）", 8, 0, false, false, null),
				new RegisterEntryDraft(RegisterKind.CPPCC_PROPOSAL, LocalDate.of(2017, 8, 30), null,
						"自治区政协十届五次会议提案办理", 2, 0, false, false, null)));
		return saved.size();
	}

	private static RegisterEntryDraft standing(RegisterKind kind, LocalDate from, String title, boolean fullTime,
			String person) {
		return new RegisterEntryDraft(kind, from, null, title, 1, 0, false, fullTime, person);
	}

	private static void add(List<List<Channel>> mixes, int times, Channel... channels) {
		for (int i = 0; i < times; i++) {
			mixes.add(List.of(channels));
		}
	}

	private static InformationItem byTitle(List<InformationItem> items, String title) {
		return items.stream().filter(item -> item.getTitle().equals(title)).findFirst().orElseThrow();
	}

	// ------------------------------------------------------------------ lighter years

	private int lighterYear(Agency agency, int year, int count, Random random) {
		var titles = new Titles(random, agency);
		List<ImportedItem> catalogue = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			LocalDate day = LocalDate.of(year, 1, 4).plusDays(random.nextInt(355));
			var publications = new ArrayList<ChannelPublication>();
			publications.add(new ChannelPublication(Channel.WEBSITE, day, "http://www.nxxf.gov.cn/" + agency.getDivisionCode()
					+ "/" + year + "/" + i + ".htm", null));
			if (random.nextInt(3) > 0) {
				publications.add(new ChannelPublication(Channel.WECHAT, day, null, null));
			}
			if (random.nextInt(6) == 0) {
				publications.add(new ChannelPublication(Channel.OTHER, day.plusDays(3).isAfter(LocalDate.of(year, 12, 31))
						? day : day.plusDays(3), null, "今日头条“" + agency.getShortName() + "”号"));
			}
			catalogue.add(new ImportedItem(titles.news(day), publications));
		}
		disclosure.importCatalogue(agency.getId(), catalogue);
		disclosure.recordAll(agency.getId(), List.of(
				new RegisterEntryDraft(RegisterKind.MEETING, LocalDate.of(year, 3, 10 + random.nextInt(10)), null,
						year + "年政务公开工作会议", 0, 0, false, false, null),
				new RegisterEntryDraft(RegisterKind.TRAINING_ATTENDED, LocalDate.of(year, 6, 1 + random.nextInt(20)), null,
						year + "年政务公开业务培训", 1 + random.nextInt(8), 0, false, false, null)));
		return count;
	}

	/** A year's normative document with its interpretation, and a hotspot answered on two channels. */
	private void documentsAndHotspots(Agency region, int year, Random random) {
		long agency = region.getId();
		var titles = new Titles(random, region);
		LocalDate issued = LocalDate.of(year, 3 + random.nextInt(8), 6);
		ItemContent document = titles.yearDocument(year, issued);
		ItemContent interpretation = titles.interpretationOf(document, issued.plusDays(2));
		List<InformationItem> saved = disclosure.importCatalogue(agency, List.of(
				new ImportedItem(document, List.of(new ChannelPublication(Channel.WEBSITE, issued, null, null),
						new ChannelPublication(Channel.WECHAT, issued, null, null))),
				new ImportedItem(interpretation, List.of(new ChannelPublication(Channel.WEBSITE, issued.plusDays(2), null, null)))));
		var registered = disclosure.registerDocument(agency, DocumentKind.NORMATIVE_DOCUMENT, document.title(),
				document.documentNumber(), issued, byTitle(saved, document.title()).getId());
		disclosure.recordInterpretation(agency, registered.getId(), byTitle(saved, interpretation.title()).getId(),
				interpretation.title(), PolicyInterpretation.Form.TEXT, issued.plusDays(2));
		LocalDate arose = LocalDate.of(year, 5 + random.nextInt(5), 10);
		disclosure.recordHotspot(agency, year + "年群众关注的" + titles.work() + "问题", arose, List.of(
				new Hotspot.Response(HotspotChannel.WEBSITE, arose.plusDays(1), null, "门户网站答复"),
				new Hotspot.Response(HotspotChannel.WECHAT, arose.plusDays(2), null, "微信公众号答复")));
		if (year == 2021) {
			disclosure.abolishDocument(registered.getId(), LocalDate.of(2024, 1, 1),
					sunshine.agency.OrgScope.ownAgencyOnly(agency));
		}
	}

	// ------------------------------------------------------------------ generated Chinese text

	/** Realistic titles and bodies, generated from the vocabulary of a Letters-and-Visits bureau. */
	private static final class Titles {

		private static final String[] PLACES = { "银川市", "石嘴山市", "吴忠市", "固原市", "中卫市", "兴庆区", "西夏区",
				"金凤区", "永宁县", "贺兰县", "灵武市", "平罗县", "盐池县", "同心县", "青铜峡市", "西吉县", "隆德县", "泾源县",
				"彭阳县", "中宁县", "海原县", "红寺堡区", "利通区", "原州区", "大武口区", "惠农区", "沙坡头区" };
		private static final String[] WORK = { "信访积案化解", "网上信访", "领导干部接访下访", "信访事项复查复核",
				"“人民满意信访”主题活动", "信访工作责任制落实", "矛盾纠纷排查化解", "初信初访办理", "信访法治化建设",
				"阳光信访", "政务公开", "重点信访事项督查督办", "信访听证", "网上投诉受理办理" };
		private static final String[] NEWS = { "%s召开%s工作推进会", "%s赴%s督导%s工作", "%s信访局扎实推进%s工作",
				"全区信访系统%s工作综述", "%s开展%s专项行动", "%s举办%s业务培训", "%s通报%s工作情况",
				"%s信访局%s工作取得新成效" };
		private static final String[] DOCUMENTS = { "宁夏回族自治区信访工作责任制实施细则", "全区信访部门网评员管理办法",
				"自治区信访局网上信访事项办理规定", "自治区信访局信访事项复查复核工作规程" };

		private final Random random;
		private final String agencyName;
		/** The agency's own place ("自治区", "银川市", "中宁县"): a news item names the place of the bureau that issues it. */
		private final String place;
		/** Where the bureau goes to inspect: anywhere for the region, below itself for a city or county. */
		private final String below;

		Titles(Random random, Agency agency) {
			this.random = random;
			this.agencyName = agency.getShortName();
			this.place = agencyName.endsWith("信访局") ? agencyName.substring(0, agencyName.length() - 3) : agencyName;
			this.below = switch (agency.getLevel()) {
				case PROVINCE -> null;
				case CITY -> "所辖县（市、区）";
				default -> "乡镇（街道）";
			};
		}

		private String pick(String[] words) {
			return words[random.nextInt(words.length)];
		}

		ItemContent news(LocalDate day) {
			String template = pick(NEWS);
			String work = pick(WORK);
			// The random draws stay as they were (the demo's other figures follow from them); only the
			// places change: a bureau's news is about its own place, or a place below it.
			String title = switch ((int) template.chars().filter(c -> c == '%').count()) {
				case 1 -> template.replace("全区", below == null ? "全区" : "全" + place.substring(place.length() - 1))
						.formatted(work);
				case 2 -> {
					if (template.startsWith("%s信访局")) {
						pick(PLACES);
						yield template.formatted(place, work);
					}
					yield template.formatted(agencyName, work);
				}
				default -> {
					String visited = pick(PLACES);
					yield template.formatted(agencyName, below == null ? visited : below, work);
				}
			};
			String body = "<p>" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日，" + title + "。会议强调，要坚持以人民为中心的发展思想，"
					+ "把" + work + "作为密切联系群众的重要工作，依法及时就地解决群众合理诉求。</p><p>各市、县（区）信访部门要进一步畅通"
					+ "信访渠道，推进“信访网上投、事项网上办、结果网上评、问题网上督、形势网上判”，不断提高" + work + "的质量和效率。</p>";
			return new ItemContent(title, agencyName, null, day, random.nextInt(3) == 0 ? Topic.PETITION_WORK : Topic.NEWS,
					Genre.NEWS, "catalogue", body);
		}

		String work() {
			return pick(WORK);
		}

		ItemContent yearDocument(int year, LocalDate day) {
			String name = "自治区信访局" + pick(WORK).replace("“", "").replace("”", "") + "工作办法";
			return new ItemContent("关于印发《" + name + "》的通知", "宁夏回族自治区信访局",
					"宁信发〔" + year + "〕" + (5 + random.nextInt(30)) + "号", day, Topic.POLICY, Genre.REGULATION,
					"normative-documents", "<p>现将《" + name + "》印发给你们，请认真贯彻执行。</p>");
		}

		ItemContent interpretationOf(ItemContent document, LocalDate day) {
			String name = document.title().replace("关于印发", "").replace("的通知", "");
			return new ItemContent(name + "政策解读", "宁夏回族自治区信访局", null, day, Topic.POLICY, Genre.INTERPRETATION,
					"interpretations", "<p>" + name + "的制定背景、主要内容和实施要求解读。</p>");
		}

		ItemContent normativeDocument(int i, LocalDate day) {
			String title = "关于印发《" + DOCUMENTS[i] + "》的通知";
			String number = "宁信发〔2017〕" + (12 + i * 7) + "号";
			String body = "<p>各市、县（区）信访局，局机关各处室：</p><p>现将《" + DOCUMENTS[i]
					+ "》印发给你们，请结合实际，认真贯彻执行。</p><p>" + DOCUMENTS[i]
					+ "共分总则、职责、程序、监督和附则五章，自印发之日起施行。</p>";
			return new ItemContent(title, "宁夏回族自治区信访局", number, day, Topic.POLICY, Genre.REGULATION,
					"normative-documents", body);
		}

		ItemContent interpretation(int i, LocalDate day) {
			String title = "《" + DOCUMENTS[i] + "》政策解读";
			String body = "<p>一、制定背景。为贯彻落实中央和自治区关于信访工作制度改革的部署，制定了《" + DOCUMENTS[i]
					+ "》。</p><p>二、主要内容。明确了各级信访部门和责任单位的职责、办理程序和时限，细化了督查督办和责任追究。</p>"
					+ "<p>三、实施要求。各地各部门要做好宣传解读，确保群众知晓、办理规范。</p>";
			return new ItemContent(title, "宁夏回族自治区信访局", null, day, Topic.POLICY, Genre.INTERPRETATION,
					"interpretations", body);
		}

		ItemContent annualReport(int year, LocalDate day) {
			String title = "自治区信访局" + year + "年政府信息公开工作年度报告";
			String body = "<p>根据《中华人民共和国政府信息公开条例》规定，现发布自治区信访局" + year
					+ "年政府信息公开工作年度报告。报告包括概述、主动公开、依申请公开、存在问题及改进措施等内容。</p>";
			return new ItemContent(title, "宁夏回族自治区信访局", null, day, Topic.OPENNESS, Genre.REPORT,
					"annual-reports", body);
		}
	}
}
