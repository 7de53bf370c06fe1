package sunshine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The accessibility check: axe-core's WCAG 2.1 A and AA rules run in headless Chromium on the public
 * pages and on each staff role's main pages, with the demo data in them; every page must have no
 * violation. axe-core comes from the npm registry, pinned in {@code src/test/js} (Maven installs it
 * before the integration tests).
 */
@SunshineIntegrationTest
class AccessibilityBrowserIntegrationTests {

	static final Path AXE = Path.of("src/test/js/node_modules/axe-core/axe.min.js");

	static ChromeDriver browser;
	static String axe;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() throws Exception {
		assertThat(AXE).as("axe-core installed by Maven (npm ci in src/test/js)").exists();
		axe = Files.readString(AXE, StandardCharsets.UTF_8);
		browser = HeadlessBrowser.start(1280);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void thePublicPagesHaveNoViolation() {
		browser.manage().deleteAllCookies();
		long item = jdbc.sql("select min(id) from disclosure_item where status = 'PUBLISHED'").query(Long.class).single();
		List<String> problems = new ArrayList<>();
		for (String path : List.of("/", "/disclosure/items/" + item, "/search?q=信访", "/petitions/submit",
				"/petitions/track", "/petitions/board", "/petitions/statistics", "/requests/apply", "/requests/track", "/reports", "/open-data", "/tools/deadline",
				"/login", "/?lang=en", "/no-such-page")) {
			problems.addAll(check(path));
		}
		assertThat(problems).as("axe violations on public pages").isEmpty();
	}

	@Test
	void eachStaffRolesPagesHaveNoViolation() {
		long petition = jdbc.sql("select min(id) from petition").query(Long.class).single();
		long request = jdbc.sql("select min(id) from disclosure_request").query(Long.class).single();
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, List<String>> role : Map.of(
				"registrar", List.of("/console", "/console/petitions", "/console/petitions/" + petition, "/console/requests",
						"/console/requests/" + request),
				"reporter", List.of("/console", "/console/reports/import", "/console/reporting/640000-xfj/2017/document"),
				"editor", List.of("/console", "/console/disclosure", "/console/disclosure/analytics"),
				"auditor", List.of("/console", "/console/audit")).entrySet()) {
			login(role.getKey());
			for (String path : role.getValue()) {
				problems.addAll(check(path).stream().map(p -> role.getKey() + " " + p).toList());
			}
		}
		assertThat(problems).as("axe violations on staff pages").isEmpty();
	}

	/** The violations of one page, one line each: page, rule, impact, the first elements concerned. */
	@SuppressWarnings("unchecked")
	private List<String> check(String path) {
		browser.get("http://localhost:" + port + path);
		new WebDriverWait(browser, Duration.ofSeconds(30))
				.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
		var js = (JavascriptExecutor) browser;
		js.executeScript(axe);
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		Object result = js.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(function (r) {
				    done(r.violations.map(function (v) {
				      return v.id + ' (' + v.impact + '): ' + v.help + ' — '
				        + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | ');
				    }));
				  })
				  .catch(function (e) { done(['axe failed: ' + e]); });
				""");
		return ((List<Object>) result).stream().map(v -> path + " " + v).toList();
	}

	private void login(String username) {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("Test-Pass-2017");
		browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
	}
}
