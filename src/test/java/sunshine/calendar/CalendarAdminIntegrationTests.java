package sunshine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import sunshine.SunshineIntegrationTest;

/**
 * The system administrator enters a new year's State Council notice; deadlines that reach into it
 * become complete at once, and the change is on the audit record. The year 2031 used here is
 * fictional test data, far from the shipped years.
 */
@SunshineIntegrationTest
class CalendarAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CalendarManagement calendar;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadsANewYearAndRecomputesDeadlinesThatReachIntoIt() throws Exception {
		ClockPlan plan = ClockPlan.startingOn(LocalDate.of(2030, 12, 31), TimeLimit.workingDays(5));
		assertThat(calendar.deadline(plan).calendarComplete()).isFalse();
		// 2031-01-01 is a Wednesday; with weekends only: 01(1) 02(2) 03(3) | 04, 05 weekend | 06(4) 07(5).
		assertThat(calendar.deadline(plan).due()).isEqualTo(LocalDate.of(2031, 1, 7));

		mvc.perform(post("/console/system/calendar/2031")
				.param("notice", "https://example.gov.cn/notice-2031")
				.param("text", "元旦 | 2031-01-01..2031-01-03 | 2031-01-05\n春节 | 2031-01-22..2031-01-28 |")
				.param("confirmed", "true")
				.with(user(users.loadUserByUsername("sysadmin"))).with(csrf()))
				.andExpect(redirectedUrl("/console/system/calendar"));

		Deadline after = calendar.deadline(plan);
		assertThat(after.calendarComplete()).isTrue();
		// 01-01..03 off | Sat 04 | Sun 05 make-up (1) | 06(2) 07(3) 08(4) 09(5)
		assertThat(after.due()).isEqualTo(LocalDate.of(2031, 1, 9));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'calendar.year.replaced' and subject = 'calendar:2031' and actor = 'sysadmin'")
				.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void refusesAWrongScheduleKeepingWhatWasTyped() throws Exception {
		String typed = "国庆节 | 2032-10-01..2032-10-07 | 2032-10-11";
		mvc.perform(post("/console/system/calendar/2032")
				.param("text", typed).param("confirmed", "true")
				.with(user(users.loadUserByUsername("sysadmin"))).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("调休上班日 2032-10-11 不是周六或周日")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("2032-10-01..2032-10-07")));
		assertThat(calendar.calendar().isLoaded(2032)).isFalse();
	}

	@Test
	void asksForConfirmationBeforeReplacingAYear() throws Exception {
		mvc.perform(post("/console/system/calendar/2033")
				.param("text", "元旦 | 2033-01-01 |")
				.with(user(users.loadUserByUsername("sysadmin"))).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("请勾选")));
		assertThat(calendar.calendar().isLoaded(2033)).isFalse();
	}
}
