package sunshine.agency;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * What an agency was called and where it stood until a change (更名, 调整隶属关系, 合并): written once,
 * when the change is made, and never altered. The agency's state on a day is the first history entry
 * whose {@code validUntil} lies after that day, or — when none does — the agency as it is now.
 */
@Entity
@Table(name = "agency_history")
public class AgencyHistory {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_history_seq")
	@SequenceGenerator(name = "agency_history_seq", sequenceName = "agency_history_seq", allocationSize = 50)
	private Long id;

	@Column(name = "agency_id", nullable = false)
	private Long agencyId;

	@Column(nullable = false)
	private String name;

	@Column(name = "short_name", nullable = false)
	private String shortName;

	@Column(name = "parent_id")
	private Long parentId;

	/** The first day this state no longer held. */
	@Column(name = "valid_until", nullable = false)
	private LocalDate validUntil;

	protected AgencyHistory() {
	}

	/** The agency's state as it is now, kept before a change that takes effect on {@code changedOn}. */
	AgencyHistory(Agency agency, LocalDate changedOn) {
		this.agencyId = agency.getId();
		this.name = agency.getName();
		this.shortName = agency.getShortName();
		this.parentId = agency.getParentId();
		this.validUntil = changedOn;
	}

	public Long getId() {
		return id;
	}

	public Long getAgencyId() {
		return agencyId;
	}

	public String getName() {
		return name;
	}

	public String getShortName() {
		return shortName;
	}

	public Long getParentId() {
		return parentId;
	}

	public LocalDate getValidUntil() {
		return validUntil;
	}
}
