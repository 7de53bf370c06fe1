package sunshine.requests;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A span of days the answer period does not count: a consultation (第三十二条、第三十四条, 第三十三条第三款)
 * or a fee payment window. {@code lastDay} is empty while it lasts.
 */
@Embeddable
public class ClockStop {

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 24)
	private PauseKind kind;

	@Column(name = "party", length = 200)
	private String party;

	@Column(name = "first_day", nullable = false)
	private LocalDate firstDay;

	@Column(name = "last_day")
	private LocalDate lastDay;

	protected ClockStop() {
	}

	ClockStop(PauseKind kind, String party, LocalDate firstDay) {
		this.kind = kind;
		this.party = party;
		this.firstDay = firstDay;
	}

	void endOn(LocalDate day) {
		if (day.isBefore(firstDay)) {
			throw new IllegalArgumentException("A pause ends on or after the day it began");
		}
		this.lastDay = day;
	}

	public PauseKind getKind() {
		return kind;
	}

	public String getParty() {
		return party;
	}

	public LocalDate getFirstDay() {
		return firstDay;
	}

	public LocalDate getLastDay() {
		return lastDay;
	}

	public boolean isOngoing() {
		return lastDay == null;
	}
}
