package sunshine.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A responsible unit (承办单位): a body an agency assigns petitions and messages to, such as a
 * government department or a lower government.
 */
@Entity
@Table(name = "responsible_unit")
public class ResponsibleUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "responsible_unit_seq")
	@SequenceGenerator(name = "responsible_unit_seq", sequenceName = "responsible_unit_seq", allocationSize = 50)
	private Long id;

	@Column(name = "agency_id", nullable = false)
	private Long agencyId;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected ResponsibleUnit() {
	}

	ResponsibleUnit(Long agencyId, String name, int sortOrder) {
		this.agencyId = agencyId;
		this.name = name;
		this.active = true;
		this.sortOrder = sortOrder;
	}

	void rename(String name) {
		this.name = name;
	}

	void retire() {
		this.active = false;
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

	public boolean isActive() {
		return active;
	}

	public int getSortOrder() {
		return sortOrder;
	}
}
