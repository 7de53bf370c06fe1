package sunshine.reporting.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import sunshine.reporting.table.ReportTable;

/**
 * A stored {@link Finding} of an {@link ImportedReport}, with the reviewer's decision. Decisions go
 * through the report ({@link ImportedReport#confirm}, {@link ImportedReport#dismiss}), which records them.
 */
@Entity
@Table(name = "report_finding")
public class ReportFinding {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_finding_seq")
	@SequenceGenerator(name = "report_finding_seq", sequenceName = "report_finding_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "import_id", nullable = false)
	private ImportedReport report;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(name = "rule_id", nullable = false, length = 64)
	private String rule;

	@Column(nullable = false, length = 16)
	private String severity;

	@Column(nullable = false, length = 4000)
	private String message;

	@Column(name = "row_ids", nullable = false, length = 500)
	private String rowIds;

	@Column(name = "column_label", length = 64)
	private String columnLabel;

	@Column(name = "table_value", precision = 20, scale = 4)
	private BigDecimal tableValue;

	@Column(name = "other_value", precision = 20, scale = 4)
	private BigDecimal otherValue;

	@Column(length = 4000)
	private String sentence;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private FindingStatus status;

	@Column(name = "status_reason", length = 1000)
	private String statusReason;

	@Column(name = "decided_by", length = 64)
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	protected ReportFinding() {
	}

	ReportFinding(ImportedReport report, int sortOrder, Finding finding) {
		this.report = report;
		this.sortOrder = sortOrder;
		this.rule = finding.rule();
		this.severity = finding.severity().code();
		this.message = cut(finding.message(), 4000);
		this.rowIds = cut(String.join(",", finding.rows()), 500);
		this.columnLabel = finding.column();
		this.tableValue = decimal(finding.tableValue());
		this.otherValue = decimal(finding.otherValue());
		this.sentence = finding.sentence() == null ? null : cut(finding.sentence(), 4000);
		this.status = FindingStatus.OPEN;
	}

	/** Marks the finding as a real error of the published report; only an open finding can be decided. */
	void confirm(String by, Instant at) {
		requireOpen();
		this.status = FindingStatus.CONFIRMED;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	/** Sets the finding aside, with the reviewer's reason (required). */
	void dismiss(String reason, String by, Instant at) {
		requireOpen();
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("reporting.finding.reason.required");
		}
		this.status = FindingStatus.DISMISSED;
		this.statusReason = cut(reason.strip(), 1000);
		this.decidedBy = by;
		this.decidedAt = at;
	}

	/** Takes a decision back, so that the finding can be decided again. */
	void reopen() {
		if (status == FindingStatus.OPEN) {
			throw new IllegalStateException("Finding " + id + " is open already");
		}
		this.status = FindingStatus.OPEN;
		this.statusReason = null;
		this.decidedBy = null;
		this.decidedAt = null;
	}

	private void requireOpen() {
		if (status != FindingStatus.OPEN) {
			throw new IllegalStateException("Finding " + id + " has been decided already (" + status + ")");
		}
	}

	private static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

	private static BigDecimal decimal(Number number) {
		return number == null ? null : new BigDecimal(number.toString());
	}

	public Long getId() {
		return id;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public String getRule() {
		return rule;
	}

	public String getSeverity() {
		return severity;
	}

	public String getMessage() {
		return message;
	}

	public List<String> getRows() {
		return rowIds.isEmpty() ? List.of() : Arrays.asList(rowIds.split(","));
	}

	public String getColumnLabel() {
		return columnLabel;
	}

	public Number getTableValue() {
		return ReportTable.number(tableValue);
	}

	public Number getOtherValue() {
		return ReportTable.number(otherValue);
	}

	public String getSentence() {
		return sentence;
	}

	public FindingStatus getStatus() {
		return status;
	}

	public String getStatusReason() {
		return statusReason;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	/** Whether a reviewer can still confirm or dismiss it. */
	public boolean isOpen() {
		return status == FindingStatus.OPEN;
	}
}
