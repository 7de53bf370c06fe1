package sunshine.agency;

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
 * A staff member logs in through the Chinese login page in a real (headless) Chromium, sees their
 * console, and logs out. CI installs Debian's chromium and chromium-driver; a developer machine
 * without them skips this test, CI never does.
 */
@SunshineIntegrationTest
class StaffLoginBrowserIntegrationTests {


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
	void aRegistrarLogsInSeesTheConsoleAndLogsOut() {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/console");
		var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
		assertThat(browser.getTitle()).contains("工作人员登录");

		browser.findElement(By.id("username")).sendKeys("registrar");
		browser.findElement(By.id("password")).sendKeys("Test-Pass-2017");
		browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
		assertThat(browser.findElement(By.id("welcome")).getText()).contains("李静", "宁夏回族自治区信访局");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("登记员");

		browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		wait.until(ExpectedConditions.urlContains("/login?logout"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("您已安全退出");
	}

	@Test
	void aWrongPasswordIsToldPlainlyInChinese() {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("reviewer");
		browser.findElement(By.id("password")).sendKeys("not-the-password");
		browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
		assertThat(browser.findElement(By.id("login-error")).getText()).isEqualTo("用户名或密码错误。");
	}
}
