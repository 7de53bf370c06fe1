package sunshine.requests.internal;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import sunshine.notify.NotificationStep;
import sunshine.notify.Notifications;
import sunshine.requests.DisclosureRequestManagement;
import sunshine.requests.RequestEvents;
import sunshine.requests.RequestEvents.RequestEvent;

/**
 * Tells the applicant of the steps the law has them told — 登记, 受理, 补正, 征求第三方意见, 延期, 收费,
 * 答复 — by writing the message into the outbox as the step's event is raised, in the step's transaction.
 */
@Component
class RequestNotifier {

	private final Notifications notifications;
	private final DisclosureRequestRepository requests;
	private final MessageSource messages;

	RequestNotifier(Notifications notifications, DisclosureRequestRepository requests, MessageSource messages) {
		this.notifications = notifications;
		this.requests = requests;
		this.messages = messages;
	}

	@EventListener
	void on(RequestEvent event) {
		NotificationStep step;
		String detail = "";
		if (event instanceof RequestEvents.Received e) {
			step = NotificationStep.REQUEST_RECEIVED;
			detail = cn(e.dueOn());
		}
		else if (event instanceof RequestEvents.Accepted) {
			step = NotificationStep.REQUEST_ACCEPTED;
		}
		else if (event instanceof RequestEvents.CorrectionRequested e) {
			step = NotificationStep.REQUEST_CORRECTION;
			detail = cn(e.supplementBy());
		}
		else if (event instanceof RequestEvents.ConsultationStarted) {
			step = NotificationStep.REQUEST_CONSULTATION;
		}
		else if (event instanceof RequestEvents.Extended e) {
			step = NotificationStep.REQUEST_EXTENDED;
			detail = cn(e.dueOn());
		}
		else if (event instanceof RequestEvents.FeeNotified e) {
			step = NotificationStep.REQUEST_FEE;
			detail = e.yuan() + " 元";
		}
		else if (event instanceof RequestEvents.Answered e) {
			step = NotificationStep.REQUEST_ANSWERED;
			detail = messages.getMessage("requests.outcome." + e.outcome().name(), null, e.outcome().name(),
					Locale.SIMPLIFIED_CHINESE);
		}
		else {
			return;
		}
		String subject = DisclosureRequestManagement.NOTIFY_SUBJECT_PREFIX + event.trackingCode();
		String finalDetail = detail;
		requests.findByTrackingCode(event.trackingCode()).ifPresent(request -> notifications.notify(subject,
				request.getAgencyId(), event.trackingCode(), step, event.onDay(), finalDetail));
	}

	private static String cn(LocalDate day) {
		return day == null ? "" : day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}
}
