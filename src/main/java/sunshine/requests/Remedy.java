package sunshine.requests;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A reconsideration (行政复议), a lawsuit (行政诉讼, direct or after reconsideration) or a complaint
 * (举报投诉) about the agency's disclosure work — 《政府信息公开条例》第五十一条. Reconsiderations and
 * lawsuits are attached to the request they concern; a complaint may stand alone. Counted in the
 * year it was filed; its result may be decided later.
 */
@Entity
@Table(name = "request_remedy")
public class Remedy {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_remedy_seq")
	@SequenceGenerator(name = "request_remedy_seq", sequenceName = "request_remedy_seq", allocationSize = 50)
	private Long id;

	@Column(name = "agency_id", nullable = false)
	private long agencyId;

	@Column(name = "request_id")
	private Long requestId;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 40)
	private RemedyKind kind;

	@Column(name = "filed_on", nullable = false)
	private LocalDate filedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "result", nullable = false, length = 16)
	private RemedyResult result;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	@Column(name = "note", length = 2000)
	private String note;

	@Version
	private long version;

	protected Remedy() {
	}

	Remedy(long agencyId, Long requestId, RemedyKind kind, LocalDate filedOn, String note) {
		if (kind != RemedyKind.COMPLAINT && requestId == null) {
			throw new sunshine.shared.workflow.IllegalTransition("requests.error.remedyNeedsRequest");
		}
		this.agencyId = agencyId;
		this.requestId = requestId;
		this.kind = kind;
		this.filedOn = filedOn;
		this.result = RemedyResult.PENDING;
		this.note = note;
	}

	/** 审结: records the result; once. */
	void decide(RemedyResult result, LocalDate on) {
		if (this.result != RemedyResult.PENDING) {
			throw new sunshine.shared.workflow.IllegalTransition("requests.error.remedyDecided");
		}
		if (result == RemedyResult.PENDING || on.isBefore(filedOn)) {
			throw new sunshine.shared.workflow.IllegalTransition("requests.error.remedyResult");
		}
		this.result = result;
		this.decidedOn = on;
	}

	public Long getId() { return id; }
	public long getAgencyId() { return agencyId; }
	public Long getRequestId() { return requestId; }
	public RemedyKind getKind() { return kind; }
	public LocalDate getFiledOn() { return filedOn; }
	public RemedyResult getResult() { return result; }
	public LocalDate getDecidedOn() { return decidedOn; }
	public String getNote() { return note; }
}
