package sunshine.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import sunshine.Http;
import sunshine.SunshineIntegrationTest;

/**
 * The portal's identity (政府网站发展指引): the agency in the header, the statutory footer on every page,
 * titles of their own; a 404 page in the site's design for an address no page answers, without a
 * session; the 关怀版 switch remembered in a cookie.
 */
@SunshineIntegrationTest
class PortalIdentityIntegrationTests {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	void everyPublicPageCarriesTheAgencyAndTheStatutoryFooter() {
		for (String path : new String[] { "/", "/disclosure", "/petitions/board", "/petitions/submit", "/requests",
				"/reports", "/search?q=信访", "/tools/deadline" }) {
			String body = http.get(path).body();
			assertThat(body).as(path).contains("class=\"agency-name\">宁夏回族自治区信访局<", "/images/emblem.svg",
					"主办单位：宁夏回族自治区信访局", "联系方式：", "网站标识码：6400000001", "宁ICP备05000001号",
					"宁公网安备 64010602000001号", "https://beian.miit.gov.cn/",
					"https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteInfo.action?sitecode=6400000001",
					">政府网站找错<", "id=\"care-on\"");
		}
	}

	@Test
	void givesEveryPageATitleOfItsOwn() {
		assertThat(title(http.get("/").body())).isEqualTo("首页 - 阳光政务");
		assertThat(title(http.get("/petitions/board").body())).isEqualTo("领导留言板 - 阳光政务");
		assertThat(title(http.get("/?lang=en").body())).isEqualTo("Home - Sunshine");
	}

	static String title(String html) {
		int start = html.indexOf("<title>") + "<title>".length();
		return html.substring(start, html.indexOf("</title>", start));
	}

	@Test
	void answersAnUnknownAddressWithTheSitesNotFoundPageAndNoSession() {
		for (String path : new String[] { "/no-such-page", "/about/contact.html", "/disclosure/no-such-page",
				"/petitions/no/such/page", "/wp-login.php" }) {
			HttpResponse<String> response = http.get(path, "Accept", "text/html");
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.headers().firstValue("Location")).as(path).isEmpty();
			assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
			assertThat(response.body()).as(path).contains("<title>您访问的页面不存在。 - 阳光政务</title>",
					"页面可能已经删除、更名或暂时不可用", "id=\"error-search\"", "主办单位：宁夏回族自治区信访局", "网站标识码");
		}
		// The staff console still asks for the login.
		HttpResponse<String> console = http.get("/console/petitions");
		assertThat(console.statusCode()).isEqualTo(302);
		assertThat(console.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void remembersTheCareVersionInACookieWithoutASession() {
		HttpResponse<String> on = http.get("/tools/care?on=true&back=/petitions/board%3Fpage%3D1");
		assertThat(on.statusCode()).isEqualTo(303);
		assertThat(on.headers().firstValue("Location").orElseThrow()).isEqualTo("/petitions/board?page=1");
		assertThat(on.headers().allValues("Set-Cookie")).hasSize(1).allSatisfy(cookie -> assertThat(cookie)
				.startsWith("SUNSHINE-CARE=1").contains("Max-Age=31536000", "HttpOnly", "SameSite=Lax"));

		// The home page is kept rendered for anonymous readers: each version is kept apart.
		String plain = http.get("/").body();
		String care = http.get("/", "Cookie", "SUNSHINE-CARE=1").body();
		assertThat(plain).doesNotContain("/css/care.css").contains("id=\"care-on\"");
		assertThat(care).contains("/css/care.css", "id=\"care-off\"", "标准版");
		assertThat(http.get("/").body()).doesNotContain("/css/care.css");
		HttpResponse<String> board = http.get("/petitions/board", "Cookie", "SUNSHINE-CARE=1");
		assertThat(board.body()).contains("/css/care.css");
		assertThat(board.headers().allValues("Set-Cookie")).isEmpty();

		HttpResponse<String> off = http.get("/tools/care?on=false&back=/", "Cookie", "SUNSHINE-CARE=1");
		assertThat(off.headers().allValues("Set-Cookie")).hasSize(1)
				.allSatisfy(cookie -> assertThat(cookie).startsWith("SUNSHINE-CARE=;").contains("Max-Age=0"));
		for (String elsewhere : new String[] { "//evil.example/x", "https://evil.example/", "/\\evil.example" }) {
			assertThat(http.get("/tools/care?back=" + java.net.URLEncoder.encode(elsewhere, java.nio.charset.StandardCharsets.UTF_8))
					.headers().firstValue("Location").orElseThrow()).as(elsewhere).isEqualTo("/");
		}
	}

	@Test
	void explainsOtherErrorsInChineseInTheSitesDesign() {
		HttpResponse<String> wrongMethod = http.postForm("/petitions/board", "x=1");
		assertThat(wrongMethod.statusCode()).isBetween(400, 499);
		assertThat(wrongMethod.body()).contains("出错了", "主办单位：");
	}
}
