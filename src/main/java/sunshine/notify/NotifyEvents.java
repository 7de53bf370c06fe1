package sunshine.notify;

import sunshine.shared.AuditableEvent;

/** What happens in the notify module that the audit log records. */
public final class NotifyEvents {

	private NotifyEvents() {
	}

	/** An agency reworded (or, with {@code reset}, restored the default of) the message of a step. */
	public record TemplateChanged(String agencyCode, NotificationStep step, boolean reset) implements AuditableEvent {
		public String action() {
			if (reset) {
				return "notify.template.reset";
			}
			return "notify.template.changed";
		}

		public String subject() {
			return "notify-template:" + agencyCode + ":" + step.name();
		}

		public String detail() {
			return "step=" + step.name();
		}
	}
}
