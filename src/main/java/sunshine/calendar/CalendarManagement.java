package sunshine.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the holiday schedules in the database and serves the current {@link WorkingCalendar}.
 * Replacing a year publishes {@link CalendarYearReplaced}, so that deadlines touching that year are
 * computed again.
 */
@Service
public class CalendarManagement {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private volatile WorkingCalendar current;

	CalendarManagement(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The calendar as loaded now. */
	public WorkingCalendar calendar() {
		WorkingCalendar calendar = current;
		if (calendar == null) {
			calendar = reload();
		}
		return calendar;
	}

	/** A deadline on the current calendar. */
	public Deadline deadline(ClockPlan plan) {
		return calendar().deadline(plan);
	}

	/** The schedules stored, by year. */
	@Transactional(readOnly = true)
	public List<YearSchedule> schedules() {
		Map<Integer, String> notices = new LinkedHashMap<>();
		jdbc.sql("select year_number, notice from calendar_year order by year_number")
				.query((rs, n) -> notices.put(rs.getInt(1), rs.getString(2))).list();
		var schedules = new ArrayList<YearSchedule>();
		notices.forEach((year, notice) -> schedules.add(schedule(year, notice)));
		return schedules;
	}

	private YearSchedule schedule(int year, String notice) {
		Map<String, List<LocalDate>> off = new LinkedHashMap<>();
		Map<String, List<LocalDate>> work = new LinkedHashMap<>();
		jdbc.sql("select day_date, kind, holiday from calendar_day where year_number = :year order by day_date")
				.param("year", year)
				.query((rs, n) -> {
					String holiday = rs.getString(3);
					off.computeIfAbsent(holiday, h -> new ArrayList<>());
					work.computeIfAbsent(holiday, h -> new ArrayList<>());
					var day = rs.getObject(1, LocalDate.class);
					(DayKind.valueOf(rs.getString(2)) == DayKind.OFF ? off : work).get(holiday).add(day);
					return day;
				}).list();
		List<Holiday> holidays = new ArrayList<>();
		off.forEach((name, days) -> holidays.add(new Holiday(name, days, work.get(name))));
		return new YearSchedule(year, notice, holidays);
	}

	/** Whether a schedule for the year is stored. */
	@Transactional(readOnly = true)
	public boolean hasYear(int year) {
		return jdbc.sql("select count(*) from calendar_year where year_number = :year").param("year", year)
				.query(Integer.class).single() > 0;
	}

	/**
	 * Loads or replaces the schedule of a year.
	 *
	 * @throws InvalidScheduleException when the schedule is not sound; nothing is changed then
	 */
	@Transactional
	public void replaceYear(YearSchedule schedule, String by) {
		var problems = schedule.problems();
		if (!problems.isEmpty()) {
			throw new InvalidScheduleException(problems);
		}
		int year = schedule.year();
		jdbc.sql("delete from calendar_day where year_number = :year").param("year", year).update();
		jdbc.sql("delete from calendar_year where year_number = :year").param("year", year).update();
		jdbc.sql("insert into calendar_year (year_number, notice, updated_at, updated_by) values (:year, :notice, :at, :by)")
				.param("year", year).param("notice", schedule.notice())
				.param("at", java.sql.Timestamp.from(Instant.now(clock))).param("by", by).update();
		int off = 0;
		int work = 0;
		for (CalendarMark mark : schedule.marks()) {
			jdbc.sql("insert into calendar_day (day_date, year_number, kind, holiday) values (:day, :year, :kind, :holiday)")
					.param("day", mark.day()).param("year", year).param("kind", mark.kind().name())
					.param("holiday", mark.holiday()).update();
			if (mark.kind() == DayKind.OFF) {
				off++;
			}
			else {
				work++;
			}
		}
		events.publishEvent(new CalendarYearReplaced(year, off, work, schedule.notice()));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					reload();
				}
			});
		}
		else {
			reload();
		}
	}

	/** Reads the calendar from the database again (e.g. after another node changed it). */
	public WorkingCalendar reload() {
		List<CalendarMark> marks = jdbc.sql("select day_date, kind, holiday from calendar_day")
				.query((rs, n) -> new CalendarMark(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)),
						rs.getString(3)))
				.list();
		List<Integer> years = jdbc.sql("select year_number from calendar_year").query(Integer.class).list();
		WorkingCalendar calendar = new WorkingCalendar(marks, years);
		current = calendar;
		return calendar;
	}
}
