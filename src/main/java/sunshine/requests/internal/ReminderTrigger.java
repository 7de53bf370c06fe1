package sunshine.requests.internal;

import org.springframework.stereotype.Component;

/** Runs the due-soon reminder on demand (operations, tests), through the same once-across-nodes lock. */
@Component
public class ReminderTrigger {

	private final DueSoonReminder reminder;

	ReminderTrigger(DueSoonReminder reminder) {
		this.reminder = reminder;
	}

	/** The number of agencies reminded, or -1 when the reminder is running elsewhere right now. */
	public int runNow() {
		return reminder.remind().orElse(-1);
	}
}
