package sunshine.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
import sunshine.disclosure.Genre;
import sunshine.disclosure.InformationItem;
import sunshine.disclosure.ItemContent;
import sunshine.disclosure.Topic;

/**
 * The portal's disclosure pages are kept rendered for readers who are not signed in (PublicPageCache);
 * what an editor publishes or withdraws shows at once all the same.
 */
@SunshineIntegrationTest
class PublicPageCacheIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DisclosureManagement disclosure;

	@Autowired
	AgencyLookup agencies;

	Http http;
	long xiji;
	OrgScope scope;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		xiji = agencies.byCode("640422-xfj").orElseThrow().getId();
		scope = OrgScope.ownAgencyOnly(xiji);
	}

	InformationItem publish(String title, LocalDate day) {
		InformationItem item = disclosure.draft(xiji, new ItemContent(title, "西吉县信访局", null, day, Topic.NEWS,
				Genre.NEWS, "catalogue", "<p>" + title + "的正文。</p>"));
		disclosure.submitForReview(item.getId(), scope);
		return disclosure.publish(item.getId(), List.of(new ChannelPublication(Channel.WEBSITE, day, null, null)), scope);
	}

	@Test
	void showsANewlyPublishedItemOnPagesReadJustBefore() {
		String catalogue = "/disclosure/catalogue?agency=640422-xfj&year=2043";
		String before = http.get(catalogue).body();
		assertThat(http.get(catalogue).body()).isEqualTo(before);
		String homeBefore = http.get("/").body();

		InformationItem item = publish("西吉县二〇四三年第一季度来信来访情况通报", LocalDate.of(2043, 4, 2));

		HttpResponse<String> after = http.get(catalogue);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(before).doesNotContain("西吉县二〇四三年第一季度来信来访情况通报");
		assertThat(after.body()).contains("西吉县二〇四三年第一季度来信来访情况通报", "/disclosure/items/" + item.getId());
		assertThat(homeBefore).doesNotContain("西吉县二〇四三年第一季度来信来访情况通报");
		assertThat(http.get("/disclosure/items/" + item.getId()).body()).contains("西吉县二〇四三年第一季度来信来访情况通报");
	}

	@Test
	void aWithdrawnItemIsGoneFromItsPageAtOnce() {
		InformationItem item = publish("西吉县信访局关于调整接访时间的公告", LocalDate.of(2043, 5, 6));
		String page = "/disclosure/items/" + item.getId();
		assertThat(http.get(page).statusCode()).isEqualTo(200);
		assertThat(http.get(page).body()).contains("西吉县信访局关于调整接访时间的公告");

		disclosure.withdraw(item.getId(), LocalDate.of(2043, 5, 7), "内容已过时", scope);

		assertThat(http.get(page).statusCode()).isEqualTo(404);
	}

	@Test
	void keepsEachLanguageApartAndSetsNoCookieForAReader() {
		String chinese = http.get("/disclosure").body();
		HttpResponse<String> english = http.get("/disclosure", "Cookie", "sunshine-lang=en");
		assertThat(english.body()).isNotEqualTo(chinese);
		assertThat(http.get("/disclosure", "Cookie", "sunshine-lang=en").body()).isEqualTo(english.body());
		HttpResponse<String> again = http.get("/disclosure");
		assertThat(again.body()).isEqualTo(chinese).contains("政府信息公开");
		assertThat(again.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(again.headers().firstValue("Content-Security-Policy")).isPresent();
	}
}
