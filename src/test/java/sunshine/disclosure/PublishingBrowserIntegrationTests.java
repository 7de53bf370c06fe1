package sunshine.disclosure;

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
 * In a real (headless) Chromium: the disclosure editor logs in, writes an item, submits it,
 * publishes it on the government website; the item appears on the portal and the search finds it.
 */
@SunshineIntegrationTest
class PublishingBrowserIntegrationTests {

	static final String TITLE = "关于冬季取暖补贴发放信访问题的答复";

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

	@Test
	void anEditorPublishesAnItemThatAppearsOnThePortalAndInTheSearch() {
		String base = "http://localhost:" + port;
		var wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		browser.manage().deleteAllCookies();
		browser.get(base + "/login");
		browser.findElement(By.id("username")).sendKeys("editor");
		browser.findElement(By.id("password")).sendKeys("Test-Pass-2017");
		browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("disclosure-console"))).click();

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("console-items")));
		browser.get(base + "/console/disclosure/items/new");
		browser.findElement(By.id("title")).sendKeys(TITLE);
		// The body is written in the rich-text editor (the raw textarea is only for readers without scripts).
		assertThat(browser.findElement(By.id("body")).isDisplayed()).isFalse();
		var editor = browser.findElement(By.id("body-editor"));
		editor.click();
		editor.sendKeys("县民政局已核实情况，冬季取暖补贴将于本月底前发放到位。");
		new org.openqa.selenium.interactions.Actions(browser).keyDown(org.openqa.selenium.Keys.CONTROL).sendKeys("a")
				.keyUp(org.openqa.selenium.Keys.CONTROL).perform();
		browser.findElement(By.cssSelector("#body-toolbar button[data-command=bold]")).click();
		browser.findElement(By.cssSelector("#item-form button[type=submit]")).click();

		wait.until(ExpectedConditions.elementToBeClickable(By.id("submit-item"))).click();
		wait.until(ExpectedConditions.textToBe(By.id("item-status"), "待审核"));
		browser.findElement(By.id("ch-WEBSITE")).click();
		browser.findElement(By.id("pub-link")).sendKeys("http://www.nxxf.gov.cn/xxgk/qunuan.htm");
		browser.findElement(By.id("publish-confirm")).click();
		browser.findElement(By.id("publish-item")).click();
		wait.until(ExpectedConditions.textToBe(By.id("item-status"), "已发布"));

		browser.findElement(By.id("public-link")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("item-body")));
		assertThat(browser.findElement(By.id("item-title")).getText()).isEqualTo(TITLE);
		assertThat(browser.findElement(By.id("item-index")).getText()).startsWith("640000-XFJ/");
		assertThat(browser.findElement(By.id("item-body")).getText()).contains("冬季取暖补贴将于本月底前发放到位");
		assertThat(browser.findElement(By.cssSelector("#item-body b, #item-body strong")).getText())
				.as("the editor's bold is kept").contains("冬季取暖补贴");

		browser.manage().deleteAllCookies();
		browser.get(base + "/search");
		browser.findElement(By.id("q")).sendKeys(TITLE);
		browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-results")));
		assertThat(browser.findElement(By.id("search-results")).getText()).contains(TITLE);
		assertThat(browser.findElements(By.cssSelector("#search-results mark"))).isNotEmpty();
	}
}
