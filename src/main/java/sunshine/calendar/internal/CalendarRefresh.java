package sunshine.calendar.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import sunshine.calendar.CalendarManagement;

/**
 * Every node re-reads the calendar when another node changed it: once a minute it compares a
 * fingerprint of the stored years (count and latest change) with the one it last saw.
 */
@Component
class CalendarRefresh {

	private final JdbcClient jdbc;
	private final CalendarManagement calendar;
	private volatile String seen;

	CalendarRefresh(JdbcClient jdbc, CalendarManagement calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	@Scheduled(fixedDelayString = "${sunshine.calendar.refresh:PT1M}", initialDelayString = "${sunshine.calendar.refresh:PT1M}")
	void reloadWhenChanged() {
		String fingerprint = jdbc.sql("select count(*), max(updated_at) from calendar_year")
				.query((rs, n) -> rs.getLong(1) + "/" + rs.getTimestamp(2)).single();
		if (seen != null && !seen.equals(fingerprint)) {
			calendar.reload();
		}
		seen = fingerprint;
	}
}
