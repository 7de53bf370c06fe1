package sunshine.requests.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import sunshine.calendar.CalendarManagement;
import sunshine.requests.DisclosureRequestQueries;
import sunshine.shared.AuditableEvent;

/**
 * Every working morning — working days of the legal calendar, make-up Saturdays included — reminds
 * each agency of its overdue and soon-due requests, on one node only (ShedLock). The reminder is an
 * audited event; the console queue shows the same counts.
 */
@Component
class DueSoonReminder {

	private static final Logger log = LoggerFactory.getLogger(DueSoonReminder.class);

	private final DisclosureRequestQueries queries;
	private final CalendarManagement calendar;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	DueSoonReminder(DisclosureRequestQueries queries, CalendarManagement calendar, ApplicationEventPublisher events,
			Clock clock) {
		this.queries = queries;
		this.calendar = calendar;
		this.events = events;
		this.clock = clock;
	}

	/** A reminder went out to an agency. */
	record RemindedOfDeadlines(long agencyId, long overdue, long dueSoon) implements AuditableEvent {
		public String action() { return "request.reminded"; }
		public String subject() { return "agency-id:" + agencyId; }
		public String detail() { return "overdue=" + overdue + " dueSoon=" + dueSoon; }
	}

	@Scheduled(cron = "${sunshine.requests.reminder-cron:0 0 8 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "requests-due-soon-reminder", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	@Transactional
	public void onSchedule() {
		if (calendar.calendar().isWorkingDay(LocalDate.now(clock))) {
			remind();
		}
	}

	/** Reminds every agency with overdue or soon-due requests; the number of agencies reminded. */
	@Transactional
	public int remind() {
		var reminders = queries.reminders();
		reminders.forEach(r -> {
			events.publishEvent(new RemindedOfDeadlines(r.agencyId(), r.overdue(), r.dueSoon()));
			log.info("依申请公开提醒 agency={} overdue={} dueSoon={}", r.agencyId(), r.overdue(), r.dueSoon());
		});
		return reminders.size();
	}
}
