package sunshine.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
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

/**
 * Chinese full-text search through the public API and the portal pages, which create no session
 * for a reader.
 */
@SunshineIntegrationTest
class DisclosureSearchIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DisclosureManagement disclosure;

	@Autowired
	AgencyLookup agencies;

	Http http;
	long pengyang;
	OrgScope scope;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		pengyang = agencies.byCode("640425-xfj").orElseThrow().getId();
		scope = OrgScope.ownAgencyOnly(pengyang);
	}

	InformationItem publish(String title, String body, LocalDate day) {
		InformationItem item = disclosure.draft(pengyang, new ItemContent(title, "彭阳县信访局", null, day, Topic.PETITION_WORK,
				Genre.NOTICE, "catalogue", body));
		disclosure.submitForReview(item.getId(), scope);
		return disclosure.publish(item.getId(), List.of(new ChannelPublication(Channel.WEBSITE, day, null, null)), scope);
	}

	static String q(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Test
	void findsAnItemByAChineseWordInItsBodyAndHighlightsIt() {
		InformationItem item = publish("关于群众反映接种点排队问题的答复",
				"<p>针对群众反映的疫苗接种点排队时间过长问题，县卫生健康局已增设接种窗口。</p>", LocalDate.of(2039, 4, 8));
		HttpResponse<String> response = http.get("/api/v1/disclosure/search?q=" + q("疫苗") + "&agency=640425-xfj&year=2039");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"total\":1", "关于群众反映接种点排队问题的答复",
				"\"indexNumber\":\"" + item.getIndexNumber() + "\"", "\"date\":\"2039-04-08\"",
				"<mark>疫苗</mark>", "\"url\":\"/disclosure/items/" + item.getId() + "\"");
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void findsNothingForAnAbsentTermAndRespectsTheFilters() {
		publish("关于调整城区公交线路信访诉求的答复", "<p>群众反映公交线路调整后换乘不便，交通运输局已恢复原线路站点。</p>",
				LocalDate.of(2040, 6, 1));
		assertThat(http.get("/api/v1/disclosure/search?q=" + q("公交线路") + "&agency=640425-xfj&year=2040").body())
				.contains("\"total\":1", "<mark>");
		assertThat(http.get("/api/v1/disclosure/search?q=" + q("航天飞机") + "&agency=640425-xfj").body())
				.contains("\"total\":0", "\"hits\":[]");
		assertThat(http.get("/api/v1/disclosure/search?q=" + q("公交线路") + "&agency=640425-xfj&year=2041").body())
				.contains("\"total\":0");
		assertThat(http.get("/api/v1/disclosure/search?q=" + q("公交线路") + "&agency=640000-xfj&year=2040").body())
				.contains("\"total\":0");
	}

	@Test
	void aWithdrawnItemIsNoLongerFound() {
		InformationItem item = publish("关于农村饮水工程维修的通知", "<p>水务局将对农村饮水工程管网进行维修。</p>", LocalDate.of(2041, 3, 3));
		String url = "/api/v1/disclosure/search?q=" + q("饮水工程") + "&agency=640425-xfj&year=2041";
		assertThat(http.get(url).body()).contains("\"total\":1");
		disclosure.withdraw(item.getId(), LocalDate.of(2041, 3, 4), "重复发布", scope);
		assertThat(http.get(url).body()).contains("\"total\":0");
		assertThat(http.get("/disclosure/items/" + item.getId()).statusCode()).isEqualTo(404);
	}

	@Test
	void searchesTheSeedAgencysDemoCatalogueAndPagesThroughIt() {
		String first = http.get("/api/v1/disclosure/search?q=" + q("信访") + "&agency=640000-xfj&year=2017").body();
		assertThat(first).contains("\"page\":1", "<mark>信访</mark>");
		assertThat(Long.parseLong(first.replaceAll("(?s).*\"total\":(\\d+).*", "$1"))).isGreaterThan(20);
		assertThat(http.get("/api/v1/disclosure/search?q=" + q("信访") + "&agency=640000-xfj&year=2017&page=2").body())
				.contains("\"page\":2", "\"hits\":[{");
	}

	@Test
	void refusesBadParametersWithAChineseMessageNamingTheField() {
		HttpResponse<String> year = http.get("/api/v1/disclosure/search?q=" + q("信访") + "&year=abc");
		assertThat(year.statusCode()).isEqualTo(400);
		assertThat(year.body()).contains("年份", "\"fields\":[\"year\"]", "\"error\":\"bad-request\"");
		assertThat(year.headers().firstValue("Content-Type")).as("an RFC 9457 problem, as every other API answers")
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		HttpResponse<String> agency = http.get("/api/v1/disclosure/search?q=" + q("信访") + "&agency=nowhere");
		assertThat(agency.statusCode()).isEqualTo(400);
		assertThat(agency.body()).contains("机关", "\"fields\":[\"agency\"]");
		assertThat(http.get("/api/v1/disclosure/search").body()).contains("检索词", "\"fields\":[\"q\"]");
		assertThat(http.get("/search?q=" + q("信访") + "&year=20x7").body()).contains("年份应为", "value=\"20x7\"");
	}

	@Test
	void thePortalShowsTheItemInTheCatalogueOnItsPageAndInTheSearch() {
		InformationItem item = publish("关于集中治理重复信访工作的通知", "<p>开展重复信访专项治理，推动化解信访积案。</p>",
				LocalDate.of(2042, 9, 9));
		assertThat(http.get("/disclosure/catalogue?agency=640425-xfj&year=2042").body())
				.contains("关于集中治理重复信访工作的通知", item.getIndexNumber(), "共 1 条");
		String page = http.get("/disclosure/items/" + item.getId()).body();
		assertThat(page).contains("<h1 id=\"item-title\">关于集中治理重复信访工作的通知</h1>", item.getIndexNumber(),
				"彭阳县信访局", "2042-09-09", "政府网站", "开展重复信访专项治理");
		assertThat(http.get("/search?q=" + q("重复信访") + "&agency=640425-xfj&year=2042").body())
				.contains("共检索到 1 条信息", "<mark>重复</mark>");
	}

	@Test
	void thePortalHasTheDisclosureColumnWithItsSevenSubColumnsAndLinksThePublicAreas() {
		String column = http.get("/disclosure").body();
		assertThat(column).contains("信息公开规定", "信息公开指南", "信息公开目录", "依申请公开", "信息公开年报", "政策解读", "规范性文件");
		assertThat(http.get("/disclosure/columns/interpretations").body()).contains("政策解读");
		assertThat(http.get("/disclosure/columns/no-such-column").statusCode()).isEqualTo(404);
		assertThat(http.get("/").body()).contains("href=\"/disclosure\"", "href=\"/requests/apply\"",
				"href=\"/petitions/submit\"", "href=\"/petitions/track\"", "href=\"/reports\"", "href=\"/tools/deadline\"");
	}

	@Test
	void createsNoSessionForAnonymousReaders() {
		InformationItem item = publish("无会话测试信息", "<p>读者浏览不创建会话。</p>", LocalDate.of(2043, 1, 6));
		for (String path : new String[] { "/", "/disclosure", "/disclosure/columns/catalogue", "/disclosure/catalogue",
				"/disclosure/catalogue?year=2017&topic=NEWS", "/disclosure/items/" + item.getId(), "/search",
				"/search?q=" + q("信访"), "/api/v1/disclosure/search?q=" + q("信访") }) {
			HttpResponse<String> response = http.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
		}
	}

	@Test
	void speaksEnglishWhenTheReaderAsksAndChineseOtherwise() {
		assertThat(http.get("/disclosure").body()).contains("<html lang=\"zh-CN\"", "政府信息公开");
		HttpResponse<String> english = http.get("/disclosure/catalogue?lang=en");
		assertThat(english.body()).contains("Disclosure catalogue", "Government website".isEmpty() ? "" : "Filter");
		assertThat(english.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
	}
}
