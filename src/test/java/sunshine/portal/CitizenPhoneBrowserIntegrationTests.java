package sunshine.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import sunshine.SunshineIntegrationTest;
import sunshine.agency.AgencyLookup;
import sunshine.agency.Role;
import sunshine.agency.StaffUser;
import sunshine.petitions.PersonalData;
import sunshine.petitions.PetitionManagement;
import sunshine.shared.ChineseIdNumber;

/**
 * A citizen on a phone-sized window, in a real (headless) Chromium: switches the site to the 关怀版,
 * writes to the leaders agreeing that the exchange be published, tracks it and sees the message, rates
 * the reply, and finds the exchange on the message board with the personal data masked — the 关怀版
 * remembered all the way, no session made, no page wider than the phone.
 */
@SunshineIntegrationTest
class CitizenPhoneBrowserIntegrationTests {

	static final int PHONE_WIDTH = 400;

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PetitionManagement petitions;

	@Autowired
	AgencyLookup agencies;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = sunshine.HeadlessBrowser.start(PHONE_WIDTH);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aCitizenOnAPhoneWritesTracksRatesAndReadsTheBoardInTheCareVersion() {
		var wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		browser.manage().deleteAllCookies();

		// 关怀版: switched on from the header, remembered in a cookie.
		browser.get(url("/"));
		assertThat(fontSize()).isLessThan(20);
		browser.findElement(By.id("care-on")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("care-off")));
		assertThat(browser.manage().getCookieNamed("SUNSHINE-CARE").getValue()).isEqualTo("1");
		assertThat(fontSize()).as("extra-large type").isGreaterThanOrEqualTo(20);
		assertFitsThePhone();

		// 网上投: the citizen agrees to publication.
		String marker = "戊辰巷";
		String idNumber = "64010419800101001" + ChineseIdNumber.checkCharacter("64010419800101001");
		browser.get(url("/petitions/submit?channel=MESSAGE_BOARD"));
		assertThat(browser.findElements(By.cssSelector("link[href$='/css/care.css']"))).hasSize(1);
		assertFitsThePhone();
		new Select(browser.findElement(By.id("category"))).selectByValue("URBAN_WAGES");
		browser.findElement(By.id("name")).sendKeys("马小明");
		browser.findElement(By.id("idNumber")).sendKeys(idNumber);
		browser.findElement(By.id("phone")).sendKeys("13995123456");
		browser.findElement(By.id("address")).sendKeys("银川市兴庆区解放西街1号");
		browser.findElement(By.id("title")).sendKeys(marker + "工地拖欠工资");
		browser.findElement(By.id("content")).sendKeys("我是马小明，住银川市兴庆区解放西街1号，电话13995123456。" + marker
				+ "工地拖欠工资半年未付。");
		browser.findElement(By.id("publish-yes")).click();
		browser.findElement(By.id("submit-button")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt")));
		String code = browser.findElement(By.id("tracking-code")).getText();
		String query = browser.findElement(By.id("query-code")).getText();
		assertThat(jdbc.sql("select publication_consent from petition where tracking_code = :c").param("c", code)
				.query(Boolean.class).single()).isTrue();

		// 网上查: the citizen's own message, in full, and the choice made.
		track(code, query);
		assertThat(browser.findElement(By.id("case-message")).getText()).contains("我是马小明", marker + "工地拖欠工资半年未付");
		assertThat(browser.findElement(By.id("case-publish")).getText()).contains("同意");
		assertFitsThePhone();

		// The bureau replies (the console's steps are another test's).
		replyAsBureau(code, "马小明您好：" + marker + "工地的施工企业已于本月结清拖欠工资，如有疑问请拨打13995123456。");

		// 网上评
		track(code, query);
		browser.findElement(By.id("rating-SATISFIED")).click();
		browser.findElement(By.cssSelector("#rate-form button")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rated")));

		// 留言板, still in the 关怀版: the message and the reply with the personal data masked.
		browser.get(url("/petitions/board?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8)));
		assertThat(browser.findElements(By.cssSelector("link[href$='/css/care.css']"))).hasSize(1);
		String board = browser.findElement(By.tagName("main")).getText();
		String m = PersonalData.MASK;
		assertThat(board).contains(marker + "工地拖欠工资", "我是" + m + "，住" + m + "，电话" + m + "。",
				m + "您好：" + marker + "工地的施工企业已于本月结清拖欠工资", "已答复，评价满意")
				.doesNotContain("马小明", "13995123456", "解放西街");
		assertFitsThePhone();
		new Select(browser.findElement(By.id("board-status"))).selectByValue("UNSATISFIED");
		browser.findElement(By.id("board-search")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-count"), "共 0 条"));

		// Back to the standard version; no session was made on the way.
		browser.findElement(By.id("care-off")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("care-on")));
		assertThat(browser.manage().getCookieNamed("SUNSHINE-CARE")).isNull();
		assertThat(browser.manage().getCookies()).noneMatch(c -> c.getName().equals("SESSION") || c.getName().equals("JSESSIONID"));
	}

	private void track(String code, String query) {
		browser.get(url("/petitions/track"));
		browser.findElement(By.id("code")).sendKeys(code);
		browser.findElement(By.id("queryCode")).sendKeys(query);
		browser.findElement(By.cssSelector("#track-form button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("case")));
	}

	private void replyAsBureau(String code, String text) {
		var agency = agencies.byCode("640000-xfj").orElseThrow();
		var staff = new StaffUser(0, "test-phone", "测试", agency.getId(), agency.getCode(), agency.getName(),
				Set.of(Role.REGISTRAR, Role.HANDLER, Role.REVIEWER, Role.SIGNING_LEADER), "", true, false);
		long id = jdbc.sql("select id from petition where tracking_code = :c").param("c", code).query(Long.class).single();
		petitions.accept(id, staff);
		petitions.assign(id, agencies.unitsOf(agency.getId()).get(0).getId(), staff);
		petitions.claim(id, staff);
		petitions.submitDraft(id, text, staff);
		petitions.approve(id, staff);
		petitions.sign(id, staff);
		petitions.reply(id, staff);
	}

	private double fontSize() {
		Object size = ((JavascriptExecutor) browser)
				.executeScript("return parseFloat(getComputedStyle(document.querySelector('main')).fontSize);");
		return ((Number) size).doubleValue();
	}

	/** Nothing on the page is wider than the phone's screen (no sideways scrolling). */
	private void assertFitsThePhone() {
		Object overflow = ((JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(((Number) overflow).longValue()).as("sideways overflow on " + browser.getCurrentUrl()).isLessThanOrEqualTo(0);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
