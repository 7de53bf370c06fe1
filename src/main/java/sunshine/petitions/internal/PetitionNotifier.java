package sunshine.petitions.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import sunshine.notify.NotificationStep;
import sunshine.notify.Notifications;
import sunshine.petitions.PetitionEvents;
import sunshine.petitions.PetitionEvents.PetitionEvent;
import sunshine.petitions.PetitionManagement;
import sunshine.petitions.ReviewLevel;

/**
 * Tells the petitioner of the steps 《信访工作条例》 has them told — 登记, 受理 or 不予受理 (第二十四条), where
 * the matter went (转送/交办), the handling, 复查 or 复核 opinion and the invitation to rate it — by writing
 * the message into the outbox as the step's event is raised, in the step's transaction.
 */
@Component
class PetitionNotifier {

	private final Notifications notifications;
	private final PetitionRepository petitions;
	private final Clock clock;

	PetitionNotifier(Notifications notifications, PetitionRepository petitions, Clock clock) {
		this.notifications = notifications;
		this.petitions = petitions;
		this.clock = clock;
	}

	@EventListener
	void on(PetitionEvent event) {
		String subject = PetitionManagement.NOTIFY_SUBJECT_PREFIX + event.trackingCode();
		LocalDate today = LocalDate.now(clock);
		String note = event.note() == null ? "" : event.note();
		if (event instanceof PetitionEvents.Registered) {
			tell(subject, event, NotificationStep.PETITION_REGISTERED, today, "");
		}
		else if (event instanceof PetitionEvents.Accepted) {
			tell(subject, event, NotificationStep.PETITION_ACCEPTED, today, "");
		}
		else if (event instanceof PetitionEvents.Rejected) {
			tell(subject, event, NotificationStep.PETITION_REJECTED, today, note);
		}
		else if (event instanceof PetitionEvents.Transferred) {
			tell(subject, event, NotificationStep.PETITION_TRANSFERRED, today, note);
		}
		else if (event instanceof PetitionEvents.Assigned) {
			tell(subject, event, NotificationStep.PETITION_ASSIGNED, today, note);
		}
		else if (event instanceof PetitionEvents.Replied) {
			ReviewLevel level = petitions.findById(event.petitionId()).map(p -> p.getReviewLevel())
					.orElse(ReviewLevel.FIRST);
			tell(subject, event, switch (level) {
				case FIRST -> NotificationStep.PETITION_REPLIED;
				case REVIEW -> NotificationStep.PETITION_REVIEW_DECIDED;
				case RE_REVIEW -> NotificationStep.PETITION_RE_REVIEW_DECIDED;
			}, today, "");
			tell(subject, event, NotificationStep.PETITION_RATE_INVITATION, today, "");
		}
	}

	private void tell(String subject, PetitionEvent event, NotificationStep step, LocalDate day, String detail) {
		notifications.notify(subject, event.agencyId(), event.trackingCode(), step, day, detail);
	}
}
