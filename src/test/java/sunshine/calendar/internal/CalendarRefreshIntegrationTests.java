package sunshine.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sunshine.SunshineIntegrationTest;
import sunshine.calendar.CalendarManagement;

/** A year saved by another node (written here straight into the tables) reaches this node's calendar. */
@SunshineIntegrationTest
class CalendarRefreshIntegrationTests {

	@Autowired
	CalendarRefresh refresh;

	@Autowired
	CalendarManagement calendar;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheYear() {
		jdbc.sql("delete from calendar_day where year_number = 2040").update();
		jdbc.sql("delete from calendar_year where year_number = 2040").update();
		calendar.reload();
	}

	@Test
	void picksUpAYearAnotherNodeSaved() {
		refresh.reloadWhenChanged();
		jdbc.sql("insert into calendar_year (year_number, notice, updated_at, updated_by) values (2040, null, :at, 'node-b')")
				.param("at", java.sql.Timestamp.valueOf("2039-11-01 10:00:00")).update();
		jdbc.sql("insert into calendar_day (day_date, year_number, kind, holiday) values (:day, 2040, 'OFF', '元旦')")
				.param("day", LocalDate.of(2040, 1, 2)).update();
		assertThat(calendar.calendar().isLoaded(2040)).isFalse();

		refresh.reloadWhenChanged();

		assertThat(calendar.calendar().isLoaded(2040)).isTrue();
		assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2040, 1, 2))).isFalse();
	}
}
