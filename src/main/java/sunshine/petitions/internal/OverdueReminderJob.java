package sunshine.petitions.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import sunshine.petitions.PetitionSupervision;

/** Every morning, once across all nodes: records the overdue work of every agency (网上督 reminders). */
@Component
class OverdueReminderJob {

	private static final Logger log = LoggerFactory.getLogger(OverdueReminderJob.class);

	private final PetitionSupervision supervision;

	OverdueReminderJob(PetitionSupervision supervision) {
		this.supervision = supervision;
	}

	@Scheduled(cron = "${sunshine.petitions.reminder-cron:0 0 8 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "petitions-overdue-reminder", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	void remind() {
		int agencies = supervision.remindOverdue();
		log.info("Overdue petitions reminded in {} agencies", agencies);
	}
}
