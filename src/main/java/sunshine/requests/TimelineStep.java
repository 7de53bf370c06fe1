package sunshine.requests;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One entry of a request's history (办理过程), in the order it happened. */
@Embeddable
public class TimelineStep {

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "on_day", nullable = false)
	private LocalDate onDay;

	/** The event's action code without its prefix, e.g. {@code received}; labels are {@code requests.step.*}. */
	@Column(name = "step", nullable = false, length = 32)
	private String step;

	@Column(name = "note", length = 2000)
	private String note;

	@Column(name = "actor", length = 64)
	private String actor;

	protected TimelineStep() {
	}

	TimelineStep(Instant occurredAt, LocalDate onDay, String step, String note, String actor) {
		this.occurredAt = occurredAt;
		this.onDay = onDay;
		this.step = step;
		this.note = note;
		this.actor = actor;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public LocalDate getOnDay() {
		return onDay;
	}

	public String getStep() {
		return step;
	}

	public String getNote() {
		return note;
	}

	public String getActor() {
		return actor;
	}
}
