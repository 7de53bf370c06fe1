package sunshine.petitions;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A supervision order (督办单, 网上督): a supervisor tells the handling agency what to do about a
 * petition by a deadline of its own; the agency answers in writing. Once answered it is closed.
 */
@Entity
@Table(name = "supervision_order")
public class Supervision {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_order_seq")
	@SequenceGenerator(name = "supervision_order_seq", sequenceName = "supervision_order_seq", allocationSize = 50)
	private Long id;

	@Column(name = "petition_id", nullable = false)
	private Long petitionId;

	@Column(name = "agency_id", nullable = false)
	private Long agencyId;

	@Column(name = "issued_by", nullable = false, length = 64)
	private String issuedBy;

	@Column(name = "issued_at", nullable = false)
	private Instant issuedAt;

	@Column(name = "instruction", nullable = false, length = 2000)
	private String instruction;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(name = "answer", length = 2000)
	private String answer;

	@Column(name = "answered_by", length = 64)
	private String answeredBy;

	@Column(name = "answered_on")
	private LocalDate answeredOn;

	protected Supervision() {
	}

	Supervision(long petitionId, long agencyId, String issuedBy, Instant issuedAt, String instruction, LocalDate dueOn) {
		this.petitionId = petitionId;
		this.agencyId = agencyId;
		this.issuedBy = issuedBy;
		this.issuedAt = issuedAt;
		this.instruction = instruction;
		this.dueOn = dueOn;
	}

	/** The agency's written answer; an order is answered once. */
	void answer(String text, String by, LocalDate on) {
		if (answeredOn != null) {
			throw new sunshine.shared.workflow.IllegalTransition("petitions.error.illegal");
		}
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("An answer is required");
		}
		answer = text.strip();
		answeredBy = by;
		answeredOn = on;
	}

	public Long getId() {
		return id;
	}

	public Long getPetitionId() {
		return petitionId;
	}

	public Long getAgencyId() {
		return agencyId;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public LocalDate getAnsweredOn() {
		return answeredOn;
	}
}
