package sunshine.agency;

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

/**
 * A government agency (机关) that owns records: its code is the administrative division code and
 * the agency kind, e.g. {@code 640000-xfj} for 宁夏回族自治区信访局.
 * <p>
 * An agency is never deleted: it is renamed, moved under another parent, or retired (撤销) — merged
 * (合并) into another agency or simply closed — from a day on. Its records keep its id; what it was
 * called and where it stood before each change is kept as {@link AgencyHistory}, so the tree of a
 * past year stays answerable ({@link AgencyLookup#treeOfYear}). Only {@link RegionAdministration}
 * calls the verbs.
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

	/** The day it was set up; null for an agency older than any record. */
	@Column(name = "established_on")
	private LocalDate establishedOn;

	/** The first day it no longer works; null while it works. */
	@Column(name = "retired_on")
	private LocalDate retiredOn;

	/** The agency that took over its work when it was merged; null when it was closed or still works. */
	@Column(name = "merged_into_id")
	private Long mergedIntoId;

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

	/** 更名: the new name and short name. */
	void rename(String name, String shortName) {
		requireWorking();
		this.name = name;
		this.shortName = shortName;
	}

	/** 调整隶属关系: the agency now stands under {@code parentId}. */
	void moveUnder(long parentId) {
		requireWorking();
		this.parentId = parentId;
	}

	/** 撤销 or 合并: from {@code on} the agency no longer works; {@code mergedInto} takes its work over, if any. */
	void retire(LocalDate on, Long mergedInto) {
		requireWorking();
		this.retiredOn = on;
		this.mergedIntoId = mergedInto;
	}

	void establishedOn(LocalDate day) {
		this.establishedOn = day;
	}

	private void requireWorking() {
		if (retiredOn != null) {
			throw new sunshine.shared.workflow.IllegalTransition("region.error.retired", name);
		}
	}

	/** Whether it still works: offered for new cases, new staff and new children. */
	public boolean isWorking() {
		return retiredOn == null;
	}

	/** Whether it exists on {@code day}: set up by then and not yet retired. */
	public boolean existsOn(LocalDate day) {
		return (establishedOn == null || !establishedOn.isAfter(day)) && (retiredOn == null || retiredOn.isAfter(day));
	}

	public LocalDate getEstablishedOn() {
		return establishedOn;
	}

	public LocalDate getRetiredOn() {
		return retiredOn;
	}

	public Long getMergedIntoId() {
		return mergedIntoId;
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
