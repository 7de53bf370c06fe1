package sunshine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a check but the tool that makes the README's screenshots ({@code docs/screenshots/}): the main
 * public and staff pages with the demo data, at desktop (1280 px) and phone (390 px) width. Runs only
 * when asked:
 * {@code mvn -B verify -Ph2-only -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=ScreenshotsBrowserIntegrationTests -Dsunshine.screenshots=$PWD/docs/screenshots}.
 */
@SunshineIntegrationTest
class ScreenshotsBrowserIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void takesTheScreenshotsOfTheMainPages() throws Exception {
		String target = System.getProperty("sunshine.screenshots", "");
		assumeTrue(!target.isBlank(), "screenshots are taken only when -Dsunshine.screenshots names a directory");
		Path directory = Path.of(target);
		Files.createDirectories(directory);
		long petition = jdbc.sql("select min(id) from petition").query(Long.class).single();
		Map<String, String> publicPages = new LinkedHashMap<>();
		publicPages.put("portal-home", "/");
		publicPages.put("petition-form", "/petitions/submit");
		publicPages.put("message-board", "/petitions/board");
		publicPages.put("annual-reports", "/reports");
		Map<String, String> staffPages = new LinkedHashMap<>();
		staffPages.put("console-home", "/console");
		staffPages.put("petition-queue", "/console/petitions");
		staffPages.put("petition-case", "/console/petitions/" + petition);
		staffPages.put("annual-report-2017", "/console/reporting/640000-xfj/2017/document");
		ChromeDriver browser = HeadlessBrowser.start(1280);
		try {
			for (int width : new int[] { 1280, 390 }) {
				browser.manage().window().setSize(new Dimension(width, 900));
				String size = width > 600 ? "desktop" : "phone";
				browser.manage().deleteAllCookies();
				for (var page : publicPages.entrySet()) {
					shoot(browser, page.getValue(), directory.resolve(page.getKey() + "-" + size + ".png"));
				}
				login(browser, "registrar");
				for (var page : staffPages.entrySet()) {
					if (page.getKey().startsWith("annual")) {
						login(browser, "reporter");
					}
					shoot(browser, page.getValue(), directory.resolve(page.getKey() + "-" + size + ".png"));
				}
			}
		}
		finally {
			browser.quit();
		}
	}

	private void shoot(ChromeDriver browser, String path, Path file) throws Exception {
		browser.get("http://localhost:" + port + path);
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
		// the whole page, not only the window
		long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
		var window = browser.manage().window().getSize();
		browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 20, 4000)));
		Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
		browser.manage().window().setSize(window);
		assertThat(file).isNotEmptyFile();
	}

	private void login(ChromeDriver browser, String username) {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("Test-Pass-2017");
		browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
	}
}
