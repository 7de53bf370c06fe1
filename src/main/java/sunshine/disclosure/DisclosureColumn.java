package sunshine.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A sub-column of the portal's 政府信息公开 column (信息公开规定, 信息公开指南, 信息公开目录,
 * 依申请公开, 信息公开年报, 政策解读, 规范性文件 by default). Editors rename, describe and reorder
 * them; the code that items refer to stays.
 * <p>
 * A column belongs to an agency, whose disclosure editors alone change it; a column of no agency is
 * the region-wide set, changed only by the editors of the agency at the top of the tree
 * ({@link DisclosureManagement#mayEditColumn}).
 */
@Entity
@Table(name = "disclosure_column")
public class DisclosureColumn {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_column_seq")
	@SequenceGenerator(name = "disclosure_column_seq", sequenceName = "disclosure_column_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String intro;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	/** The agency whose editors change it; null for the region-wide set. */
	@Column(name = "agency_id")
	private Long agencyId;

	@Version
	private long version;

	protected DisclosureColumn() {
	}

	DisclosureColumn(String code, String name, String intro, int sortOrder, Long agencyId) {
		this.code = code;
		this.agencyId = agencyId;
		edit(name, intro, sortOrder);
	}

	void edit(String name, String intro, int sortOrder) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("disclosure.error.columnName");
		}
		this.name = name.strip();
		this.intro = intro == null ? "" : intro.strip();
		this.sortOrder = sortOrder;
	}

	public Long getId() { return id; }
	public String getCode() { return code; }
	public String getName() { return name; }
	public String getIntro() { return intro; }
	public int getSortOrder() { return sortOrder; }
	public Long getAgencyId() { return agencyId; }
	/** Whether it belongs to the region-wide set. */
	public boolean isRegionWide() { return agencyId == null; }
}
