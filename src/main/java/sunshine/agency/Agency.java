package sunshine.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A government agency (机关) that owns records: its code is the administrative division code and
 * the agency kind, e.g. {@code 640000-xfj} for 宁夏回族自治区信访局.
 */
@Entity
@Table(name = "agency")
public class Agency {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_seq")
	@SequenceGenerator(name = "agency_seq", sequenceName = "agency_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(name = "short_name", nullable = false)
	private String shortName;

	@Enumerated(EnumType.STRING)
	@Column(name = "agency_level", nullable = false)
	private AgencyLevel level;

	@Column(name = "division_code", nullable = false)
	private String divisionCode;

	@Column(name = "parent_id")
	private Long parentId;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected Agency() {
	}

	Agency(String code, String name, String shortName, AgencyLevel level, String divisionCode, Long parentId,
			int sortOrder) {
		this.code = code;
		this.name = name;
		this.shortName = shortName;
		this.level = level;
		this.divisionCode = divisionCode;
		this.parentId = parentId;
		this.sortOrder = sortOrder;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getShortName() {
		return shortName;
	}

	public AgencyLevel getLevel() {
		return level;
	}

	public String getDivisionCode() {
		return divisionCode;
	}

	public Long getParentId() {
		return parentId;
	}

	public int getSortOrder() {
		return sortOrder;
	}
}
