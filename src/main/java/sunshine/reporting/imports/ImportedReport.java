package sunshine.reporting.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.data.domain.AbstractAggregateRoot;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A published annual report imported into Sunshine (年报导入): the text as received, the table the parser
 * read from it, the cells it could not read, and the findings of the linter — each of which a reviewer
 * confirms or dismisses with a reason. Belongs to the agency of the staff member who imported it.
 */
@Entity
@Table(name = "report_import")
public class ImportedReport extends AbstractAggregateRoot<ImportedReport> {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_import_seq")
	@SequenceGenerator(name = "report_import_seq", sequenceName = "report_import_seq", allocationSize = 50)
	private Long id;

	@Column(name = "agency_id", nullable = false)
	private Long agencyId;

	@Column(name = "imported_by", nullable = false, length = 64)
	private String importedBy;

	@Column(name = "imported_at", nullable = false)
	private Instant importedAt;

	@Column(name = "source_name", nullable = false)
	private String sourceName;

	@Column(name = "report_agency")
	private String reportAgency;

	@Column(name = "report_agency_code", length = 32)
	private String reportAgencyCode;

	@Column(name = "reporting_year")
	private Integer reportingYear;

	@Column(name = "format_code", nullable = false, length = 8)
	private String formatCode;

	@Column(name = "mixed_format", nullable = false)
	private boolean mixedFormat;

	@Column(name = "source_text", nullable = false)
	private String sourceText;

	@Column(name = "table_json", nullable = false)
	private String tableJson;

	@Column(name = "unread_json", nullable = false)
	private String unreadJson;

	@Column(name = "cell_count", nullable = false)
	private int cellCount;

	@Column(name = "unread_count", nullable = false)
	private int unreadCount;

	/** The batch import that brought the report, if it came in one. */
	@Column(name = "batch_id")
	private Long batchId;

	@Version
	private long version;

	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	private List<ReportFinding> findings = new ArrayList<>();

	protected ImportedReport() {
	}

	/** A report read and checked by {@link ReportCheck}, stored with its findings (all open). */
	ImportedReport(long agencyId, String importedBy, Instant importedAt, String sourceName, String sourceText,
			ReportCheck check, String reportAgencyCode, String tableJson, String unreadJson) {
		this.reportAgencyCode = reportAgencyCode;
		this.agencyId = agencyId;
		this.importedBy = importedBy;
		this.importedAt = importedAt;
		this.sourceName = sourceName.length() > 255 ? sourceName.substring(0, 255) : sourceName;
		this.sourceText = sourceText;
		ParsedReport report = check.report();
		this.reportAgency = report.agency() == null || report.agency().length() <= 255 ? report.agency()
				: report.agency().substring(0, 255);
		this.reportingYear = report.year();
		this.formatCode = report.table().format().code();
		this.mixedFormat = report.table().layout().mixed();
		this.tableJson = tableJson;
		this.unreadJson = unreadJson;
		this.cellCount = report.table().reportedCells();
		this.unreadCount = report.unread().size();
		int order = 0;
		for (Finding finding : check.findings()) {
			findings.add(new ReportFinding(this, order++, finding));
		}
	}

	/** Marks the report as one of a batch import. */
	ImportedReport inBatch(Long batchId) {
		this.batchId = batchId;
		return this;
	}

	/** Announces the import once the report has its id. */
	ImportedReport announce() {
		registerEvent(new ReportingEvents.ReportImported(id, sourceName, reportAgency, reportingYear, findings.size()));
		return this;
	}

	/** The reviewer agrees with a finding. */
	void confirm(long findingId, String by, Instant at) {
		ReportFinding finding = finding(findingId);
		finding.confirm(by, at);
		registerEvent(new ReportingEvents.FindingConfirmed(id, findingId, finding.getRule()));
	}

	/** The reviewer sets a finding aside, saying why. */
	void dismiss(long findingId, String reason, String by, Instant at) {
		ReportFinding finding = finding(findingId);
		finding.dismiss(reason, by, at);
		registerEvent(new ReportingEvents.FindingDismissed(id, findingId, finding.getRule(), finding.getStatusReason()));
	}

	/** The reviewer takes a decision back. */
	void reopen(long findingId) {
		finding(findingId).reopen();
		registerEvent(new ReportingEvents.FindingReopened(id, findingId));
	}

	private ReportFinding finding(long findingId) {
		return findings.stream().filter(f -> f.getId() == findingId).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("reporting.finding.unknown"));
	}

	public Long getId() {
		return id;
	}

	public Long getBatchId() {
		return batchId;
	}

	public Long getAgencyId() {
		return agencyId;
	}

	public String getImportedBy() {
		return importedBy;
	}

	public Instant getImportedAt() {
		return importedAt;
	}

	public String getSourceName() {
		return sourceName;
	}

	public String getReportAgency() {
		return reportAgency;
	}

	/** The Sunshine agency the report names, when its name matches one (e.g. 自治区信访局 → 640000-xfj). */
	public String getReportAgencyCode() {
		return reportAgencyCode;
	}

	public Integer getReportingYear() {
		return reportingYear;
	}

	public String getFormatCode() {
		return formatCode;
	}

	public boolean isMixedFormat() {
		return mixedFormat;
	}

	public String getSourceText() {
		return sourceText;
	}

	public String getTableJson() {
		return tableJson;
	}

	public String getUnreadJson() {
		return unreadJson;
	}

	public int getCellCount() {
		return cellCount;
	}

	public int getUnreadCount() {
		return unreadCount;
	}

	public List<ReportFinding> getFindings() {
		return Collections.unmodifiableList(findings);
	}
}
