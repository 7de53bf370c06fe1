package sunshine.notify.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import sunshine.notify.NotificationDelivery;

/**
 * Every few seconds ({@code sunshine.notify.poll-interval}), on every node: the messages due are claimed
 * row by row, so nodes share the work without a job-wide lock and nothing is sent twice.
 */
@Component
class NotificationDeliveryJob {

	private final NotificationDelivery delivery;

	NotificationDeliveryJob(NotificationDelivery delivery) {
		this.delivery = delivery;
	}

	@Scheduled(fixedDelayString = "${sunshine.notify.poll-interval:PT3S}", initialDelayString = "PT5S")
	void deliver() {
		delivery.deliverDue();
	}
}
