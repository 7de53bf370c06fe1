package sunshine.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import sunshine.Http;
import sunshine.SunshineIntegrationTest;
import sunshine.agency.AgencyLookup;
import sunshine.agency.OrgScope;
import sunshine.disclosure.Channel;
import sunshine.disclosure.ChannelPublication;
import sunshine.disclosure.DisclosureManagement;
import sunshine.disclosure.DisclosureSearch;
import sunshine.disclosure.Genre;
import sunshine.disclosure.InformationItem;
import sunshine.disclosure.ItemContent;
import sunshine.disclosure.RichText;
import sunshine.disclosure.Topic;

/**
 * The portal's search page: hits name their issuing body, sort by relevance or date and filter by
 * 主题分类 and 体裁分类; an item's body keeps no script whatever the editor sent.
 */
@SunshineIntegrationTest
class PortalSearchIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DisclosureManagement disclosure;

	@Autowired
	DisclosureSearch search;

	@Autowired
	AgencyLookup agencies;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	Http http;
	long longde;
	OrgScope scope;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		longde = agencies.byCode("640423-xfj").orElseThrow().getId();
		scope = OrgScope.ownAgencyOnly(longde);
	}

	InformationItem publish(String title, String body, LocalDate day, Topic topic, Genre genre) {
		InformationItem item = disclosure.draft(longde, new ItemContent(title, "隆德县信访局", null, day, topic, genre,
				"catalogue", body));
		disclosure.submitForReview(item.getId(), scope);
		return disclosure.publish(item.getId(), List.of(new ChannelPublication(Channel.WEBSITE, day, null, null)), scope);
	}

	static String q(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Test
	void sortsByRelevanceOrDateFiltersByTopicAndGenreAndNamesTheIssuingBody() {
		// The older item says the word three times, the newer once: relevance and date disagree.
		var older = publish("关于六盘山林区防火检查的通知", "<p>六盘山林区防火，防火，防火检查安排。</p>", LocalDate.of(2044, 3, 2),
				Topic.PETITION_WORK, Genre.NOTICE);
		var newer = publish("隆德县信访局工作动态", "<p>本周召开会议，部署林区防火宣传。</p>", LocalDate.of(2044, 9, 20), Topic.NEWS,
				Genre.NEWS);

		var relevant = search.search("防火", longde, 2044, null, null, DisclosureSearch.Order.RELEVANCE, 1, 10);
		assertThat(relevant.hits()).extracting(DisclosureSearch.Hit::id).containsExactly(older.getId(), newer.getId());
		var newest = search.search("防火", longde, 2044, null, null, DisclosureSearch.Order.DATE, 1, 10);
		assertThat(newest.hits()).extracting(DisclosureSearch.Hit::id).containsExactly(newer.getId(), older.getId());
		assertThat(newest.hits()).extracting(DisclosureSearch.Hit::issuingBody).containsOnly("隆德县信访局");
		assertThat(search.search("防火", longde, 2044, Topic.NEWS, null, DisclosureSearch.Order.RELEVANCE, 1, 10).hits())
				.extracting(DisclosureSearch.Hit::id).containsExactly(newer.getId());
		assertThat(search.search("防火", longde, 2044, null, Genre.NOTICE, DisclosureSearch.Order.RELEVANCE, 1, 10).hits())
				.extracting(DisclosureSearch.Hit::id).containsExactly(older.getId());
		assertThat(search.search("防火", longde, 2044, Topic.NEWS, Genre.NOTICE, DisclosureSearch.Order.RELEVANCE, 1, 10).total())
				.isZero();

		String page = http.get("/search?q=" + q("防火") + "&agency=640423-xfj&year=2044&sort=date").body();
		assertThat(page).contains("class=\"issuing-body\">隆德县信访局<", "工作动态", "信访工作", "value=\"date\" selected=\"selected\"");
		assertThat(page.indexOf("/disclosure/items/" + newer.getId())).isLessThan(page.indexOf("/disclosure/items/" + older.getId()));
		String filtered = http.get("/search?q=" + q("防火") + "&agency=640423-xfj&year=2044&topic=NEWS&genre=NEWS").body();
		assertThat(filtered).contains("/disclosure/items/" + newer.getId()).doesNotContain("/disclosure/items/" + older.getId());
		assertThat(http.get("/search?q=" + q("防火") + "&topic=NOPE").body()).contains("主题分类不存在");
		assertThat(http.get("/api/v1/disclosure/search?q=" + q("防火") + "&agency=640423-xfj&year=2044&sort=date").body())
				.contains("\"issuingBody\":\"隆德县信访局\"", "\"topic\":\"NEWS\"");
	}

	@Test
	void theSanitiserDropsScriptsHandlersAndStylesAndKeepsTheFormatting() {
		String dirty = "<h2 onclick=\"steal()\">通知</h2><p style=\"color:red\">请<b>按时</b>参加<script>alert(1)</script>"
				+ "<img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">报名</a><a href=\"https://www.nxxf.gov.cn/\">官网</a></p>"
				+ "<iframe src=\"https://evil.example/\"></iframe><ul><li>第一项</li></ul>";
		String clean = RichText.sanitise(dirty);
		assertThat(clean).doesNotContain("script", "onclick", "onerror", "style", "javascript:", "iframe", "alert")
				.contains("<h2>通知</h2>", "<b>按时</b>", "https://www.nxxf.gov.cn/", "<li>第一项</li>");
		var item = publish("关于召开信访工作会议的通知", dirty, LocalDate.of(2044, 5, 6), Topic.PETITION_WORK, Genre.NOTICE);
		assertThat(item.getBody()).isEqualTo(clean);
		assertThat(http.get("/disclosure/items/" + item.getId()).body()).doesNotContain("<script", "onerror", "javascript:")
				.contains("<b>按时</b>");
	}

	@Test
	void demoItemsNameOnlyTheBureauThatIssuesThem() {
		// Issue 16: "中宁县信访局扎实推进…" was issued by the region's bureau.
		List<String> bureaus = jdbc.sql("select short_name from agency").query(String.class).list();
		var strays = new java.util.ArrayList<String>();
		jdbc.sql("""
				select i.title, i.issuing_body, a.short_name from disclosure_item i join agency a on a.id = i.agency_id
				where i.genre = 'NEWS'
				""").query(rs -> {
					String title = rs.getString(1);
					for (String bureau : bureaus) {
						if (title.contains(bureau) && !bureau.equals(rs.getString(3))) {
							strays.add(title + " — " + rs.getString(2));
						}
					}
				});
		assertThat(jdbc.sql("select count(*) from disclosure_item where genre = 'NEWS'").query(Long.class).single())
				.isGreaterThan(100);
		assertThat(strays).as("news items naming another bureau").isEmpty();
	}
}
