package sunshine.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import sunshine.SunshineIntegrationTest;

/**
 * In a real (headless) Chromium: a citizen submits a message to the leaders online, the bureau takes it
 * through the seven steps in the console (registrar, handler, reviewer, signing leader), and the
 * citizen reads the reply with the codes and rates it. CI installs chromium; elsewhere it is skipped.
 */
@SunshineIntegrationTest
class PetitionBrowserIntegrationTests {


	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = sunshine.HeadlessBrowser.start(1280);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aCitizenWritesTheBureauHandlesItInSevenStepsAndTheCitizenRatesTheReply() {
		var wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		browser.manage().deleteAllCookies();

		// 网上投: the citizen writes to the leaders; a wrong identity number is refused and what was typed stays.
		browser.get(url("/petitions/submit?channel=MESSAGE_BOARD"));
		new Select(browser.findElement(By.id("category"))).selectByValue("URBAN_WAGES");
		browser.findElement(By.id("name")).sendKeys("马小明");
		browser.findElement(By.id("idNumber")).sendKeys("640104198001010010");
		browser.findElement(By.id("phone")).sendKeys("13995123456");
		browser.findElement(By.id("title")).sendKeys("工地拖欠工资半年未付");
		browser.findElement(By.id("content")).sendKeys("我在银川某工地务工，工资半年未付，请领导关注。");
		browser.findElement(By.id("publish-yes")).click();
		browser.findElement(By.id("submit-button")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submit-errors")));
		assertThat(browser.findElement(By.id("publish-yes")).isSelected()).as("the choice is kept").isTrue();
		assertThat(browser.findElement(By.id("submit-errors")).getText()).contains("身份证号码");
		assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("工地拖欠工资半年未付");
		var id = browser.findElement(By.id("idNumber"));
		id.clear();
		id.sendKeys("64010419800101001" + sunshine.shared.ChineseIdNumber.checkCharacter("64010419800101001"));
		browser.findElement(By.id("submit-button")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt")));
		String code = browser.findElement(By.id("tracking-code")).getText();
		String query = browser.findElement(By.id("query-code")).getText();
		assertThat(code).startsWith("XF-");
		long petition = jdbc.sql("select id from petition where tracking_code = :c").param("c", code)
				.query(Long.class).single();
		long unit = jdbc.sql("""
				select u.id from responsible_unit u join agency a on a.id = u.agency_id
				where a.code = '640000-xfj' and u.name = '银川市人民政府'
				""").query(Long.class).single();

		// 登记交办
		login("registrar");
		open(petition);
		click("do-accept");
		new Select(browser.findElement(By.id("assign-unit"))).selectByValue(String.valueOf(unit));
		click("do-assign");
		assertThat(browser.findElement(By.id("detail-status")).getText()).isEqualTo("已交办，待承办单位认领");
		logout();
		// 认领告知, 承办办理
		login("handler");
		open(petition);
		click("do-claim");
		browser.findElement(By.id("draft-text")).sendKeys("马小明您好：经银川市人民政府协调，施工企业已于本月结清拖欠工资。");
		click("do-submitDraft");
		logout();
		// 审核报签
		login("reviewer");
		open(petition);
		click("do-approve");
		logout();
		login("leader");
		open(petition);
		assertThat(browser.findElements(By.id("do-approve"))).isEmpty();
		click("do-sign");
		logout();
		// 统一回复
		login("registrar");
		open(petition);
		click("do-reply");
		assertThat(browser.findElement(By.id("detail-status")).getText()).isEqualTo("已回复");
		logout();

		// 网上查, 网上评
		browser.get(url("/petitions/track"));
		browser.findElement(By.id("code")).sendKeys(code);
		browser.findElement(By.id("queryCode")).sendKeys(query);
		browser.findElement(By.cssSelector("#track-form button")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reply-text")));
		assertThat(browser.findElement(By.id("reply-text")).getText()).contains("已于本月结清拖欠工资");
		assertThat(browser.findElement(By.id("review-due")).getText()).startsWith("本次请求的截止日期：");
		assertThat(browser.findElement(By.id("case-steps")).getText()).contains("登记交办", "认领告知", "承办办理",
				"审核报签", "统一回复", "银川市人民政府");
		browser.findElement(By.id("rating-SATISFIED")).click();
		browser.findElement(By.cssSelector("#rate-form button")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rated")));
		assertThat(browser.findElement(By.id("action-done")).getText()).contains("感谢您的评价");
		assertThat(browser.findElement(By.id("rated")).getText()).contains("满意");

		// 分析通报, 立卷存档
		login("registrar");
		open(petition);
		browser.findElement(By.id("analyse-report")).sendKeys("网上信访形势分析通报");
		click("do-analyse");
		click("do-archive");
		assertThat(browser.findElement(By.id("detail-status")).getText()).isEqualTo("已立卷存档");
		assertThat(browser.findElement(By.id("history")).getText()).contains("分析通报", "立卷存档", "网上评价");
		logout();

		// 留言板: the message and the reply are published (the citizen agreed) without the citizen's name
		browser.get(url("/petitions/board?q=" + java.net.URLEncoder.encode("结清拖欠工资", java.nio.charset.StandardCharsets.UTF_8)));
		assertThat(browser.findElement(By.tagName("main")).getText())
				.contains("工地拖欠工资半年未付", "我在银川某工地务工", "＊＊＊您好：经银川市人民政府协调").doesNotContain("马小明");
	}

	@Test
	void aSupervisorSeesTheYearOnYearChangeDrawnAsCharts() {
		login("supervisor");
		browser.get(url("/console/petitions/analysis?agency=640000-xfj&from=2017-01-01&to=2017-06-30&includeSubordinates=true"));
		var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart canvas")));
		assertThat(browser.findElement(By.id("received-change")).getText()).isEqualTo("-36%");
		assertThat(browser.findElement(By.id("online-change")).getText()).isEqualTo("+257%");
		assertThat(browser.findElements(By.cssSelector(".chart canvas"))).hasSizeGreaterThanOrEqualTo(3);
		logout();
	}

	private void login(String username) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("Test-Pass-2017");
		browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
	}

	private void logout() {
		browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/login?logout"));
	}

	private void open(long petition) {
		browser.get(url("/console/petitions/" + petition));
	}

	/** Clicks an action and waits for the next page: the old page gone first, then its confirmation shown. */
	private void click(String id) {
		var button = browser.findElement(By.id(id));
		button.click();
		var wait = new WebDriverWait(browser, Duration.ofSeconds(15))
				.ignoring(org.openqa.selenium.WebDriverException.class);
		wait.until(ExpectedConditions.stalenessOf(button));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
