package sunshine.requests.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import sunshine.requests.DisclosureRequestQueries;
import sunshine.shared.AuditableEvent;

/**
 * Every working morning, reminds each agency of its overdue and soon-due requests (on one node
 * only: ShedLock). The reminder is an audited event; the console shows the same counts.
 */
@Component
class DueSoonReminder {

	private static final Logger log = LoggerFactory.getLogger(DueSoonReminder.class);

	private final DisclosureRequestQueries queries;
	private final ApplicationEventPublisher events;

	DueSoonReminder(DisclosureRequestQueries queries, ApplicationEventPublisher events) {
		this.queries = queries;
		this.events = events;
	}

	/** A reminder went out to an agency. */
	record RemindedOfDeadlines(long agencyId, long overdue, long dueSoon) implements AuditableEvent {
		public String action() { return "request.reminded"; }
		public String subject() { return "agency-id:" + agencyId; }
		public String detail() { return "overdue=" + overdue + " dueSoon=" + dueSoon; }
	}

	/** The number of agencies reminded; empty when another node holds the lock (ShedLock cannot lock a primitive result). */
	@Scheduled(cron = "${sunshine.requests.reminder-cron:0 0 8 * * MON-FRI}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "requests-due-soon-reminder", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	@Transactional
	public java.util.Optional<Integer> remind() {
		var reminders = queries.reminders();
		reminders.forEach(r -> {
			events.publishEvent(new RemindedOfDeadlines(r.agencyId(), r.overdue(), r.dueSoon()));
			log.info("依申请公开提醒 agency={} overdue={} dueSoon={}", r.agencyId(), r.overdue(), r.dueSoon());
		});
		return java.util.Optional.of(reminders.size());
	}
}
