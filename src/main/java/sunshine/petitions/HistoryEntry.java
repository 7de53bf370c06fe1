package sunshine.petitions;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of a petition's file: which action, in which step, by whom, when, and the deadline then set. */
@Embeddable
public class HistoryEntry {

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "step", nullable = false, length = 24)
	private Step step;

	@Column(name = "action", nullable = false, length = 32)
	private String action;

	@Column(name = "actor", nullable = false, length = 64)
	private String actor;

	@Column(name = "note", length = 1000)
	private String note;

	@Column(name = "due_on")
	private LocalDate dueOn;

	@Column(name = "visible_to_citizen", nullable = false)
	private boolean visibleToCitizen;

	protected HistoryEntry() {
	}

	HistoryEntry(Instant occurredAt, Step step, String action, String actor, String note, LocalDate dueOn,
			boolean visibleToCitizen) {
		this.occurredAt = occurredAt;
		this.step = step;
		this.action = action;
		this.actor = actor;
		this.note = note == null ? null : note.length() > 1000 ? note.substring(0, 1000) : note;
		this.dueOn = dueOn;
		this.visibleToCitizen = visibleToCitizen;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public Step getStep() {
		return step;
	}

	public String getAction() {
		return action;
	}

	public String getActor() {
		return actor;
	}

	public String getNote() {
		return note;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public boolean isVisibleToCitizen() {
		return visibleToCitizen;
	}
}
