package sunshine.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A department (处室) inside an agency, e.g. 办公室 or 来访接待处. */
@Entity
@Table(name = "department")
public class Department {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
	@SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
	private Long id;

	@Column(name = "agency_id", nullable = false)
	private Long agencyId;

	@Column(nullable = false)
	private String name;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	/** False once retired (撤销): kept for the accounts and records that name it, offered for nothing new. */
	@Column(nullable = false)
	private boolean active;

	protected Department() {
	}

	Department(Long agencyId, String name, int sortOrder) {
		this.agencyId = agencyId;
		this.name = name;
		this.sortOrder = sortOrder;
		this.active = true;
	}

	void rename(String name) {
		this.name = name;
	}

	void retire() {
		this.active = false;
	}

	public boolean isActive() {
		return active;
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

	public int getSortOrder() {
		return sortOrder;
	}
}
