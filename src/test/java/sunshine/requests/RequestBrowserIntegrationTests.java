package sunshine.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import sunshine.SunshineIntegrationTest;

/**
 * In a real (headless) Chromium: a citizen applies online, a handler answers in the console, and the
 * citizen reads the answer by tracking code and query code. Skipped where chromium is not installed
 * (never in CI).
 */
@SunshineIntegrationTest
class RequestBrowserIntegrationTests {


	static WebDriver browser;

	static WebDriverWait wait;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = sunshine.HeadlessBrowser.start(1280);
		wait = new WebDriverWait(browser, Duration.ofSeconds(15));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aCitizenAppliesStaffAnswerAndTheCitizenReadsTheAnswer() {
		browser.manage().deleteAllCookies();

		// the citizen applies online
		browser.get(url("/requests/apply"));
		new Select(browser.findElement(By.id("agency"))).selectByValue("640000-xfj");
		new Select(browser.findElement(By.id("applicantType"))).selectByValue("NATURAL_PERSON");
		browser.findElement(By.id("name")).sendKeys("浏览器甲");
		browser.findElement(By.id("idNumber")).sendKeys("640102198001011233");
		browser.findElement(By.id("phone")).sendKeys("13895000009");
		browser.findElement(By.id("address")).sendKeys("银川市兴庆区解放西街369号");
		browser.findElement(By.id("description")).sendKeys("2025年信访事项网上办理情况");
		browser.findElement(By.cssSelector("#apply-form button[type=submit]")).click();
		// a wrong check character is named, and what was typed stays
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("apply-errors")));
		assertThat(browser.findElement(By.id("apply-errors")).getText()).contains("身份证号码");
		assertThat(browser.findElement(By.id("description")).getAttribute("value")).isEqualTo("2025年信访事项网上办理情况");
		browser.findElement(By.id("idNumber")).clear();
		browser.findElement(By.id("idNumber")).sendKeys("640102198001011232");
		browser.findElement(By.cssSelector("#apply-form button[type=submit]")).click();

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tracking-code")));
		String trackingCode = browser.findElement(By.id("tracking-code")).getText();
		String queryCode = browser.findElement(By.id("query-code")).getText();
		String receivedOn = browser.findElement(By.id("received-on")).getText();
		assertThat(trackingCode).startsWith("GK-");

		// the handler drafts the answer, the reviewer approves it, the signing leader signs and issues it
		signIn("handler");
		browser.get(url("/console/requests/code/" + trackingCode));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-DRAFT_ANSWER")));
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("已登记");
		new Select(browser.findElement(By.id("o-outcome"))).selectByValue("R1");
		browser.findElement(By.id("o-text")).sendKeys("您申请的统计数据见附件：2025年网上信访办理情况表。");
		browser.findElement(By.cssSelector("#action-DRAFT_ANSWER button[type=submit]")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-done")));
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("待审核");
		signOut();

		signIn("reviewer");
		browser.get(url("/console/requests/code/" + trackingCode));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-APPROVE_ANSWER")));
		assertThat(browser.findElement(By.id("draft")).getText()).contains("予以公开", "2025年网上信访办理情况表");
		browser.findElement(By.cssSelector("#action-APPROVE_ANSWER button[type=submit]")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-done")));
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("待签发");
		signOut();

		signIn("leader");
		browser.get(url("/console/requests/code/" + trackingCode));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-ANSWER")));
		((JavascriptExecutor) browser).executeScript("document.getElementById('o-on').value = arguments[0]", receivedOn);
		browser.findElement(By.cssSelector("#action-ANSWER button[type=submit]")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-done")));
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("已办结");
		assertThat(browser.findElement(By.id("letters")).getText()).contains("政府信息公开申请答复书");
		signOut();

		// the citizen reads the answer
		browser.manage().deleteAllCookies();
		browser.get(url("/requests/track"));
		browser.findElement(By.id("code")).sendKeys(trackingCode);
		browser.findElement(By.id("queryCode")).sendKeys(queryCode);
		browser.findElement(By.cssSelector("#track-form button[type=submit]")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("track-result")));
		assertThat(browser.findElement(By.id("track-status")).getText()).isEqualTo("已办结");
		assertThat(browser.findElement(By.id("track-outcome")).getText()).isEqualTo("予以公开");
		assertThat(browser.findElement(By.id("track-answer")).getText()).contains("2025年网上信访办理情况表");
		assertThat(browser.findElement(By.id("track-documents")).getText()).contains("政府信息公开申请答复书", "登记回执");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void signIn(String username) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("Test-Pass-2017");
		browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
	}

	private void signOut() {
		browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		wait.until(ExpectedConditions.urlContains("/login?logout"));
	}
}
