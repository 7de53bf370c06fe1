package sunshine.requests.internal;

import org.springframework.stereotype.Component;

/** Runs the due-soon reminder now (operations, tests); the scheduled run is the one locked across nodes. */
@Component
public class ReminderTrigger {

	private final DueSoonReminder reminder;

	ReminderTrigger(DueSoonReminder reminder) {
		this.reminder = reminder;
	}

	/** The number of agencies reminded. */
	public int runNow() {
		return reminder.remind();
	}
}
