package sunshine.reporting.document;

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
import org.springframework.boot.test.web.server.LocalServerPort;

import sunshine.SunshineIntegrationTest;

/**
 * In a real (headless) Chromium: the report editor drafts the 2012 report from the table, inserts a figure
 * from the picker, saves a version and submits; the leader signs it off; the editor is refused publication
 * while part 四 is unfilled, the leader waives it with a reason, the editor publishes the now complete
 * report; anyone reads it on the portal. Skipped where chromium is not installed (never on CI).
 */
@SunshineIntegrationTest
class AnnualReportBrowserIntegrationTests {


	static WebDriver browser;

	@LocalServerPort
	int port;

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

	private WebDriverWait waiting() {
		return new WebDriverWait(browser, Duration.ofSeconds(30));
	}

	private void logIn(String username) {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/login");
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("Test-Pass-2017");
		browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		waiting().until(ExpectedConditions.urlContains("/console"));
	}

	@Test
	void theEditorIsRefusedAnIncompleteReportAndPublishesItOnceTheLeaderHasWaivedWhatIsOpen() {
		logIn("reporter");
		browser.get("http://localhost:" + port + "/console/reporting/640000-xfj/2012/document");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("text_PROBLEMS")));
		String document = browser.getCurrentUrl();
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("2012年政府信息公开工作年度报告");

		// the figure comes from the picker, not typed as {{…}}: inserted where the cursor is
		var problems = browser.findElement(By.id("text_PROBLEMS"));
		problems.clear();
		problems.sendKeys("本年度收到申请");
		new Select(browser.findElement(By.id("figure_PROBLEMS"))).selectByValue("{{S3_1}}");
		browser.findElement(By.cssSelector("button.figure-insert[value='PROBLEMS']")).click();
		assertThat(problems.getAttribute("value")).isEqualTo("本年度收到申请{{S3_1}}");
		problems.sendKeys("件，栏目设置需要进一步细化。");
		browser.findElement(By.cssSelector("form.report-edit button[type=submit]:not(.figure-insert)")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("article.report-document"),
				"本年度收到申请0件，栏目设置需要进一步细化。"));
		assertThat(browser.findElement(By.cssSelector(".report-versions")).getText()).contains("第 2 稿", "孙丽");

		browser.findElement(By.cssSelector("form[action$='/submit'] button")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".report-meta"), "待审核签发"));

		logIn("leader");
		browser.get(document);
		browser.findElement(By.cssSelector("form[action$='/sign'] button")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".report-meta"), "已签发"));

		// part 四 still holds its fill-in placeholder: publishing is refused, the part named
		logIn("reporter");
		browser.get(document);
		browser.findElement(By.cssSelector("form[action$='/publish'] button")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .alert.error"), "尚不完整"));
		assertThat(browser.findElement(By.id("open-items")).getText()).contains("未填写的部分",
				"四、人大代表建议和政协提案办理结果公开情况", "（请填写本年度人大代表建议和政协提案办理结果公开情况。）");
		assertThat(browser.findElement(By.cssSelector(".report-meta")).getText()).contains("已签发");
		assertThat(browser.findElements(By.cssSelector("form.waive-form"))).isEmpty();

		// the signing leader waives it, saying why; then the report is complete and is published
		logIn("leader");
		browser.get(document);
		browser.findElement(By.cssSelector("li.open-item.unresolved form.waive-form textarea"))
				.sendKeys("本年度未承办人大代表建议和政协提案。");
		browser.findElement(By.cssSelector("li.open-item.unresolved form.waive-form button")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("open-items"), "已豁免：刘志强于"));

		logIn("reporter");
		browser.get(document);
		browser.findElement(By.cssSelector("form[action$='/publish'] button")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".report-meta"), "已发布"));

		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/reports");
		browser.findElement(By.partialLinkText("2012年政府信息公开工作年度报告")).click();
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("本年度收到申请0件", "附件",
				"（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）");
	}
}
