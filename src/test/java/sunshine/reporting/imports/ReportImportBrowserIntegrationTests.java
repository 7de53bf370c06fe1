package sunshine.reporting.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import sunshine.SunshineIntegrationTest;
import sunshine.reporting.Fixtures;

/**
 * The report editor uploads two published reports at once in a real (headless) Chromium: the upload
 * shows its progress bar, and each report's table appears beside its findings.
 */
@SunshineIntegrationTest
class ReportImportBrowserIntegrationTests {


	static WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = sunshine.HeadlessBrowser.start(1400);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void uploadsTwoReportsWithAProgressBarAndShowsEachTableBesideItsFindings() throws Exception {
		Path directory = Files.createTempDirectory("reports");
		Path seed = Files.writeString(directory.resolve("nxxf-2017.txt"), Fixtures.text(Fixtures.SEED), StandardCharsets.UTF_8);
		Path hongze = Files.writeString(directory.resolve("hongze-2024.txt"), Fixtures.text("006-hongze-quzhengfu-2024"),
				StandardCharsets.UTF_8);
		var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/console/reports/import");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
		browser.findElement(By.id("username")).sendKeys("reporter");
		browser.findElement(By.id("password")).sendKeys("Test-Pass-2017");
		browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-upload")));
		assertThat(browser.findElement(By.id("upload-progress")).isDisplayed()).isFalse();
		// remember, across the page change, that the progress bar was shown during the upload
		((JavascriptExecutor) browser).executeScript("""
				var bar = document.getElementById('upload-progress');
				new MutationObserver(function () { if (!bar.hidden) { sessionStorage.setItem('progressShown', 'yes'); } })
				  .observe(bar, { attributes: true });""");

		browser.findElement(By.id("files")).sendKeys(seed.toString() + "\n" + hongze.toString());
		browser.findElement(By.cssSelector("#report-upload button[type=submit]")).click();

		wait.until(ExpectedConditions.urlContains("done="));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("section.report-import"), 2));
		assertThat(((JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('progressShown')"))
				.isEqualTo("yes");
		String text = browser.findElement(By.tagName("main")).getText();
		assertThat(text).contains("nxxf-2017.txt", "hongze-2024.txt", "自治区信访局", "门户网站共发布信息 672 条", "正文数字与统计表不一致");
		WebElement first = browser.findElements(By.cssSelector("section.report-import")).get(0);
		WebElement table = first.findElement(By.cssSelector(".report-table"));
		WebElement findings = first.findElement(By.cssSelector(".report-findings"));
		assertThat(findings.getRect().getX()).isGreaterThan(table.getRect().getX() + table.getRect().getWidth() - 1);
		assertThat(findings.getRect().getY()).isEqualTo(table.getRect().getY());
	}
}
