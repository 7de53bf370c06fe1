package sunshine.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import sunshine.SunshineIntegrationTest;
import sunshine.agency.Role;
import sunshine.agency.StaffManagement;
import sunshine.shared.PersonalDataCipher;

/**
 * In a real (headless) Chromium, a registrar of a bureau with three thousand petitions: the home shows the
 * to-do counts and the oldest overdue case; the work list is paged with its total, searched by tracking
 * code, and on a phone-sized window (≤ 600 px) its table is shown as a stack of labelled cards.
 */
@SunshineIntegrationTest
class StaffQueueBrowserIntegrationTests {

	static final String PASSWORD = "Queue-Pass-2026";

	static QueueFixture fixture;

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StaffManagement staff;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	Clock clock;

	@AfterAll
	static void cleanUp() {
		if (browser != null) {
			browser.quit();
		}
		if (fixture != null) {
			fixture.jdbc.update("delete from staff_role where staff_id in (select id from staff_account where agency_id = ?)",
					fixture.agency.getId());
			fixture.jdbc.update("delete from staff_account where agency_id = ?", fixture.agency.getId());
			fixture.delete();
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Three thousand petitions of a bureau of their own, made once for the tests of the class. */
	QueueFixture fixture() throws Exception {
		if (fixture == null) {
			fixture = new QueueFixture(jdbc, staff, cipher, LocalDate.now(clock), 3000, 26L);
		}
		return fixture;
	}

	WebDriver browser() throws Exception {
		if (browser == null) {
			browser = sunshine.HeadlessBrowser.start(1280);
		}
		browser.manage().window().setSize(new Dimension(1280, 900));
		return browser;
	}

	void logIn(String username) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20))
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
	}

	@Test
	void theHandlerReviewerLeaderAndSupervisorEachFindTheirOwnWorkOnTheHomeAndItsQueue() throws Exception {
		browser();
		LocalDate today = LocalDate.now(clock);
		fixture();
		String suffix = fixture.agency.getCode().substring(3).toLowerCase();
		record Case(String name, Role role, Set<PetitionStatus> work, String label, String href) {
		}
		var cases = List.of(
				new Case("甲承办", Role.HANDLER, Set.of(PetitionStatus.ASSIGNED, PetitionStatus.IN_HANDLING),
						"信访事项：承办人待办", "/console/petitions?role=HANDLER"),
				new Case("乙审核", Role.REVIEWER, Set.of(PetitionStatus.UNDER_REVIEW), "信访事项：审核人待办",
						"/console/petitions?role=REVIEWER"),
				new Case("丙签发", Role.SIGNING_LEADER, Set.of(PetitionStatus.AWAITING_SIGNATURE), "信访事项：签发领导待办",
						"/console/petitions?role=SIGNING_LEADER"),
				new Case("丁督办", Role.SUPERVISOR, PetitionStatus.OPEN, "信访事项：辖区内办理中（督办）",
						"/console/petitions?view=all&due=OVERDUE"));
		var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		for (Case c : cases) {
			String username = "q" + c.role().name().toLowerCase().charAt(0) + c.role().name().toLowerCase().charAt(1) + "-"
					+ suffix;
			staff.createAccount(username, c.name(), fixture.agency, null, PASSWORD, Set.of(c.role()));
			long open = fixture.rows.stream().filter(r -> c.work().contains(r.status())).count();
			long overdue = fixture.rows.stream().filter(r -> c.work().contains(r.status()) && r.dueOn() != null
					&& r.dueOn().isBefore(today)).count();
			assertThat(open).as(c.name() + " has work in the fixture").isPositive();
			logIn(username);
			assertThat(browser.findElement(By.id("welcome")).getText()).contains(c.name()).doesNotContain(username);
			WebElement line = browser.findElements(By.cssSelector("#todo li.todo")).stream()
					.filter(li -> li.getText().contains(c.label())).findFirst()
					.orElseThrow(() -> new AssertionError(c.label() + " not on the home of " + c.name()));
			assertThat(line.getText()).contains(open + " 件");
			if (overdue > 0) {
				assertThat(line.getText()).contains("其中超期 " + overdue + " 件");
			}
			// nothing of the other roles' work
			assertThat(browser.findElement(By.id("todo")).getText()).doesNotContain("登记员待办");
			line.findElement(By.cssSelector("a[href='" + c.href() + "']")).click();
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue-total")));
			long expected = c.role() == Role.SUPERVISOR ? overdue : open;
			assertThat(browser.findElement(By.id("queue-total")).getText()).startsWith("共 " + expected + " 件");
			var statuses = browser.findElements(By.cssSelector("#queue tbody tr")).size();
			assertThat(statuses).isEqualTo((int) Math.min(50, expected));
		}
	}

	@Test
	void aRegistrarFindsTodaysWorkOnTheHomeAndInThePagedQueueOnADeskAndOnAPhone() throws Exception {
		browser();
		LocalDate today = LocalDate.now(clock);
		fixture();
		String username = "qreg-" + fixture.agency.getCode().substring(3).toLowerCase();
		staff.createAccount(username, "丁登记", fixture.agency, null, PASSWORD, Set.of(Role.REGISTRAR));
		var work = Set.of(PetitionStatus.REGISTERED, PetitionStatus.ACCEPTED, PetitionStatus.SIGNED);
		long open = fixture.rows.stream().filter(r -> work.contains(r.status())).count();
		long overdue = fixture.rows.stream().filter(r -> work.contains(r.status()) && r.dueOn().isBefore(today)).count();
		var wait = new WebDriverWait(browser, Duration.ofSeconds(20));

		logIn(username);

		// the home: the registrar's to-do count, how many are overdue, the oldest overdue case by its code
		String todo = browser.findElement(By.id("todo")).getText();
		assertThat(todo).contains("信访事项：登记员待办", open + " 件", "其中超期 " + overdue + " 件");
		var oldest = fixture.rows.stream().filter(r -> work.contains(r.status()) && r.dueOn().isBefore(today))
				.sorted(PetitionQueueSearchIntegrationTests.QUEUE_ORDER).findFirst().orElseThrow();
		assertThat(todo).contains(oldest.trackingCode());

		// the queue: total, fifty lines, the next page
		browser.findElement(By.cssSelector("#todo a[href='/console/petitions?role=REGISTRAR']")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue-total")));
		assertThat(browser.findElement(By.id("queue-total")).getText()).isEqualTo("共 " + open + " 件，当前显示第 1–50 件");
		assertThat(browser.findElements(By.cssSelector("#queue tbody tr"))).hasSize(50);
		assertThat(browser.findElements(By.cssSelector("#queue .badge.overdue"))).isNotEmpty();
		browser.findElement(By.id("page-next")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue-total"), "第 51–100 件"));

		// searched by a part of a tracking code
		var wanted = fixture.rows.stream().filter(r -> work.contains(r.status())).skip(321).findFirst().orElseThrow();
		browser.findElement(By.id("f-q")).sendKeys(wanted.trackingCode());
		browser.findElement(By.cssSelector("#queue-filters button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue-total"), "共 1 件"));
		assertThat(browser.findElement(By.cssSelector("#queue tbody tr td a")).getText()).isEqualTo(wanted.trackingCode());

		// on a phone: no header row, each line a card whose cells carry their labels
		browser.get(url("/console/petitions?role=REGISTRAR"));
		browser.manage().window().setSize(new Dimension(390, 844));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue")));
		WebElement firstRow = browser.findElement(By.cssSelector("#queue tbody tr"));
		WebElement firstCell = firstRow.findElement(By.cssSelector("td"));
		assertThat(firstCell.getCssValue("display")).isEqualTo("block");
		assertThat(browser.findElement(By.cssSelector("#queue thead")).getSize().getHeight()).isLessThanOrEqualTo(1);
		assertThat(firstRow.getSize().getWidth()).isGreaterThan(250);
		String label = (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
				"return getComputedStyle(arguments[0], '::before').content;", firstCell);
		assertThat(label).contains("查询码");
		// cells stacked, not squeezed side by side
		var cells = firstRow.findElements(By.cssSelector("td"));
		assertThat(cells.get(1).getLocation().getY()).isGreaterThan(cells.get(0).getLocation().getY());
		assertThat(cells.get(1).getLocation().getX()).isEqualTo(cells.get(0).getLocation().getX());
	}
}
