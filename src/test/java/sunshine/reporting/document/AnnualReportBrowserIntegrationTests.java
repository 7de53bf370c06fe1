package sunshine.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import sunshine.SunshineIntegrationTest;

/**
 * In a real (headless) Chromium: the report editor drafts the 2012 report from the table, writes a figure as
 * a reference, saves a version and submits; the leader signs it off; the editor publishes it; anyone reads it
 * on the portal. Skipped where chromium is not installed (never on CI).
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
	void theEditorDraftsEditsAndSubmitsTheLeaderSignsAndTheReportAppearsOnThePortal() {
		logIn("reporter");
		browser.get("http://localhost:" + port + "/console/reporting/640000-xfj/2012/document");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("text_PROBLEMS")));
		String document = browser.getCurrentUrl();
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("2012年政府信息公开工作年度报告");

		var problems = browser.findElement(By.id("text_PROBLEMS"));
		problems.clear();
		problems.sendKeys("本年度收到申请{{S3_1}}件，栏目设置需要进一步细化。");
		browser.findElement(By.cssSelector("form.report-edit button[type=submit]")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("article.report-document"),
				"本年度收到申请0件，栏目设置需要进一步细化。"));
		assertThat(browser.findElement(By.cssSelector(".report-versions")).getText()).contains("第 2 稿");

		browser.findElement(By.cssSelector("form[action$='/submit'] button")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".report-meta"), "待审核签发"));

		logIn("leader");
		browser.get(document);
		browser.findElement(By.cssSelector("form[action$='/sign'] button")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".report-meta"), "已签发"));

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
