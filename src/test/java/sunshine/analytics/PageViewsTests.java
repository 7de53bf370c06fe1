package sunshine.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which user agents are robots (not counted) and which are readers. */
class PageViewsTests {

	@Test
	void robotsAndScriptsAreNotReaders() {
		List<String> robots = List.of(
				"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
				"Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
				"Sogou web spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)",
				"Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
				"Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
				"Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Bytespider; spider-feedback@bytedance.com)",
				"curl/8.5.0", "Wget/1.21.4", "python-requests/2.31.0", "Java-http-client/17.0.9", "okhttp/4.12.0",
				"Apache-HttpClient/5.2.1 (Java/17.0.9)", "Go-http-client/1.1",
				"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36",
				"facebookexternalhit/1.1", "", "   ");
		assertThat(robots).allMatch(PageViews::isRobot);
		assertThat(PageViews.isRobot(null)).isTrue();
	}

	@Test
	void browsersAreReaders() {
		List<String> readers = List.of(
				"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
				"Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
				"Mozilla/5.0 (Linux; Android 13; V2148A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/108.0.5359.128 Mobile Safari/537.36 MicroMessenger/8.0.43",
				"Mozilla/5.0 (Macintosh; Intel Mac OS X 14.1; rv:120.0) Gecko/20100101 Firefox/120.0",
				"Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
				"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36 Edg/118.0.2088.76",
				"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Safari/537.36 QIHU 360SE");
		assertThat(readers).noneMatch(PageViews::isRobot);
	}
}
