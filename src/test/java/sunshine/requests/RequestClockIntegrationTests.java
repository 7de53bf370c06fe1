package sunshine.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import sunshine.SunshineIntegrationTest;
import sunshine.agency.StaffUser;
import sunshine.calendar.CalendarYearReplaced;

/**
 * The stored due date follows the calendar: when a year's schedule is replaced, open requests are
 * computed again (and the move is on the timeline and the audit log). The soon-due reminder runs and
 * is audited.
 */
@SunshineIntegrationTest
class RequestClockIntegrationTests {

	@Autowired
	DisclosureRequestManagement management;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	sunshine.requests.internal.ReminderTrigger reminders;

	@Test
	void recomputesTheStoredDueDateWhenACalendarYearIsReplaced() {
		var handler = (StaffUser) users.loadUserByUsername("registrar");
		var submission = management.registerOnBehalf(handler, IntakeChannel.IN_PERSON, LocalDate.of(2025, 3, 3), null,
				new RequestApplication(null, "自然人", "日历丙", null, RequestApplicationTests.ID, null, null, "13895000004",
						"固原市原州区", null, "2025年来访接待统计", null, "纸质"));
		// Mar 4–7 (4), 10–14 (9), 17–21 (14), 24–28 (19), Mon Mar 31 (20)
		assertThat(submission.dueOn()).isEqualTo(LocalDate.of(2025, 3, 31));
		jdbc.sql("update disclosure_request set due_on = :wrong where tracking_code = :code")
				.param("wrong", LocalDate.of(2025, 3, 28)).param("code", submission.trackingCode()).update();

		transaction.executeWithoutResult(status -> events.publishEvent(new CalendarYearReplaced(2025, 28, 3, "test")));

		assertThat(jdbc.sql("select due_on from disclosure_request where tracking_code = :code")
				.param("code", submission.trackingCode()).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2025, 3, 31));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'request.recomputed' and subject = :subject")
				.param("subject", "request:" + submission.trackingCode()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void remindsEachAgencyOfItsOverdueRequestsOnce() {
		long before = jdbc.sql("select count(*) from audit_entry where action = 'request.reminded'").query(Long.class).single();
		int agencies = reminders.runNow();
		assertThat(agencies).as("the demo's open requests include overdue ones").isPositive();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'request.reminded'").query(Long.class).single())
				.isEqualTo(before + agencies);
	}

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void runsTheScheduledReminderUnderAClusterWideLock() {
		Object reminder = context.getBean("dueSoonReminder");
		var method = org.springframework.util.ReflectionUtils.findMethod(reminder.getClass(), "onSchedule");
		org.springframework.util.ReflectionUtils.makeAccessible(method);
		org.springframework.util.ReflectionUtils.invokeMethod(method, reminder);
		assertThat(jdbc.sql("select count(*) from shedlock where name = 'requests-due-soon-reminder'").query(Long.class)
				.single()).isEqualTo(1);
	}
}
