package sunshine;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The browser of the browser tests: Debian's chromium driven by its chromedriver, headless, with a
 * fresh profile and no network of its own. CI installs both packages and a test fails there without
 * them; a developer machine without them skips the browser tests.
 */
public final class HeadlessBrowser {

	static final File CHROMIUM = new File("/usr/bin/chromium");
	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private HeadlessBrowser() {
	}

	/** A Chinese-language browser window of the given width. */
	public static ChromeDriver start(int width) throws IOException {
		boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		if (!installed && System.getenv("CI") != null) {
			throw new IllegalStateException("CI must install chromium and chromium-driver");
		}
		assumeTrue(installed, "chromium and chromium-driver are not installed");
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--lang=zh-CN", "--window-size=" + width + ",900",
				"--user-data-dir=" + Files.createTempDirectory("sunshine-chromium"));
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
		return new ChromeDriver(service, options);
	}

	public static ChromeDriver start() throws IOException {
		return start(1280);
	}
}
