package sunshine.disclosure;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.domain.AbstractAggregateRoot;

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
 * One record in a yearly disclosure register (年度登记): a press conference held, a month's
 * licensing decisions, a reading point opened, a member of the disclosure staff, a meeting, a
 * training class … The annual report counts these records; nobody types a total. An entry made
 * in error is voided (with a reason), never deleted.
 */
@Entity
@Table(name = "disclosure_register_entry")
public class RegisterEntry extends AbstractAggregateRoot<RegisterEntry> {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_register_seq")
	@SequenceGenerator(name = "disclosure_register_seq", sequenceName = "disclosure_register_seq", allocationSize = 50)
	private Long id;

	@Column(name = "agency_id", nullable = false)
	private Long agencyId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RegisterKind kind;

	@Column(name = "occurred_on", nullable = false)
	private LocalDate occurredOn;

	@Column(name = "ended_on")
	private LocalDate endedOn;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private int quantity;

	@Column(name = "amount_fen", nullable = false)
	private long amountFen;

	@Column(name = "principal_leader", nullable = false)
	private boolean principalLeader;

	@Column(name = "full_time", nullable = false)
	private boolean fullTime;

	/** A staff member's name: personal data, in its own column so it can be encrypted at rest. */
	@Column(name = "person_name")
	private String personName;

	@Column(nullable = false)
	private boolean voided;

	@Column(name = "void_reason")
	private String voidReason;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected RegisterEntry() {
	}

	RegisterEntry(long agencyId, RegisterEntryDraft draft, Instant now) {
		this.agencyId = agencyId;
		this.kind = draft.kind();
		this.occurredOn = draft.occurredOn();
		this.endedOn = draft.kind().isStanding() ? draft.endedOn() : null;
		this.title = draft.title();
		this.quantity = draft.kind().usesQuantity() ? draft.quantity() : 1;
		this.amountFen = draft.kind().usesAmount() ? draft.amountFen() : 0;
		this.principalLeader = draft.kind().usesPrincipalLeader() && draft.principalLeader();
		this.fullTime = draft.kind().usesFullTime() && draft.fullTime();
		this.personName = draft.kind() == RegisterKind.STAFF ? draft.personName() : null;
		this.createdAt = now;
	}

	/** 作废: an entry made in error leaves the counts; it stays visible with its reason. */
	RegisterEntry voidEntry(String reason) {
		if (voided) {
			throw new IllegalStateException("disclosure.error.alreadyVoided");
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("disclosure.error.reason");
		}
		voided = true;
		voidReason = reason.strip();
		registerEvent(new DisclosureEvents.RegisterEntryVoided(id, voidReason));
		return this;
	}

	public Long getId() { return id; }
	public Long getAgencyId() { return agencyId; }
	public RegisterKind getKind() { return kind; }
	public LocalDate getOccurredOn() { return occurredOn; }
	public LocalDate getEndedOn() { return endedOn; }
	public String getTitle() { return title; }
	public int getQuantity() { return quantity; }
	public long getAmountFen() { return amountFen; }
	public boolean isPrincipalLeader() { return principalLeader; }
	public boolean isFullTime() { return fullTime; }
	public String getPersonName() { return personName; }
	public boolean isVoided() { return voided; }
	public String getVoidReason() { return voidReason; }
}
