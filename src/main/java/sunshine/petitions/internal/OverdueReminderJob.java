package sunshine.petitions.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import sunshine.petitions.PetitionSupervision;

/**
 * Every morning, once across all nodes: records the overdue work of every agency (网上督 reminders) and
 * escalates work more than {@code sunshine.petitions.escalate-after-days} overdue to a supervision order.
 */
@Component
class OverdueReminderJob {

	private static final Logger log = LoggerFactory.getLogger(OverdueReminderJob.class);

	private final PetitionSupervision supervision;
	private final int escalateAfterDays;

	OverdueReminderJob(PetitionSupervision supervision,
			@org.springframework.beans.factory.annotation.Value("${sunshine.petitions.escalate-after-days:5}") int escalateAfterDays) {
		this.supervision = supervision;
		this.escalateAfterDays = escalateAfterDays;
	}

	@Scheduled(cron = "${sunshine.petitions.reminder-cron:0 0 8 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "petitions-overdue-reminder", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	void remind() {
		int agencies = supervision.remindOverdue();
		int escalated = supervision.escalate(escalateAfterDays);
		log.info("Overdue petitions reminded in {} agencies, {} escalated to supervision orders", agencies, escalated);
	}
}
