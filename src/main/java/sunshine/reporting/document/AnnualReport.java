package sunshine.reporting.document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.domain.AbstractAggregateRoot;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import sunshine.reporting.table.ReportFormat;

/**
 * The annual report document of one agency and year (政府信息公开工作年度报告): its sections, every saved
 * text kept as a version, and its way DRAFT → IN_REVIEW → SIGNED → PUBLISHED. Publication is due by
 * 1月31日 (县级以上人民政府部门) or 3月31日 (主管部门, and every agency under the 2008 条例), 《政府信息公开条例》
 * （2019）第四十九条; the content follows 第五十条 and the format of the reporting year's era.
 */
@Entity
@Table(name = "report_document")
public class AnnualReport extends AbstractAggregateRoot<AnnualReport> {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_document_seq")
	@SequenceGenerator(name = "report_document_seq", sequenceName = "report_document_seq", allocationSize = 50)
	private Long id;

	@Column(name = "agency_id", nullable = false)
	private Long agencyId;

	@Column(name = "reporting_year", nullable = false)
	private int reportingYear;

	@Column(name = "format_code", nullable = false, length = 8)
	private String formatCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 16)
	private AnnualReportStatus status;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "submitted_by", length = 64)
	private String submittedBy;

	@Column(name = "signed_by", length = 64)
	private String signedBy;

	@Column(name = "signed_at")
	private Instant signedAt;

	@Column(name = "published_by", length = 64)
	private String publishedBy;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "published_table_json")
	private String publishedTableJson;

	@Column(name = "published_figures_json")
	private String publishedFiguresJson;

	@OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<AnnualReportWaiver> waivers = new ArrayList<>();

	/** The open items neither resolved nor waived, as last assessed ({@link #assess}); {@code null} before. */
	@Transient
	private List<String> unresolved;

	@OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<AnnualReportVersion> versions = new ArrayList<>();

	@Version
	private long version;

	protected AnnualReport() {
	}

	/** A new draft with its first version: the text drafted from the table. */
	AnnualReport(long agencyId, int reportingYear, String sectionsJson, String by, Instant now) {
		this.agencyId = agencyId;
		this.reportingYear = reportingYear;
		this.formatCode = ReportFormat.forYear(reportingYear).code();
		this.status = AnnualReportStatus.DRAFT;
		this.createdBy = by;
		this.createdAt = now;
		versions.add(new AnnualReportVersion(this, 1, sectionsJson, by, now));
	}

	/** What may be done to a report ({@link AnnualReportWorkflow#TABLE} says from where and by whom). */
	public enum Action {
		EDIT, SUBMIT, RETURN, SIGN, WAIVE, PUBLISH
	}

	/**
	 * Takes note of what keeps the report from publication now (the text and table as they stand): every
	 * item not waived remains unresolved. The service assesses before every decision and every view.
	 */
	void assess(List<OpenItem> open) {
		unresolved = open.stream().map(OpenItem::key).filter(k -> !isWaived(k)).toList();
	}

	/** Whether every open item was resolved or waived (as last assessed; not assessed is not complete). */
	public boolean isComplete() {
		return unresolved != null && unresolved.isEmpty();
	}

	/** Whether the signing leader waived this item. */
	public boolean isWaived(String itemKey) {
		return waivers.stream().anyMatch(w -> w.getItemKey().equals(itemKey));
	}

	/** The signing leader's waivers, oldest first. */
	public List<AnnualReportWaiver> getWaivers() {
		List<AnnualReportWaiver> sorted = new ArrayList<>(waivers);
		sorted.sort(Comparator.comparing(AnnualReportWaiver::getWaivedAt));
		return Collections.unmodifiableList(sorted);
	}

	/** The signing leader lets the report be published although this open item stands, saying why. */
	void waive(OpenItem item, String reason, String by, Instant now) {
		AnnualReportWorkflow.TABLE.check(this, Action.WAIVE);
		if (isWaived(item.key())) {
			return;
		}
		String text = item.kind() == OpenItem.Kind.FINDING ? item.text() : item.where() + "：" + item.text();
		waivers.add(new AnnualReportWaiver(this, item.key(), text, reason, by, now));
		if (unresolved != null) {
			unresolved = unresolved.stream().filter(k -> !k.equals(item.key())).toList();
		}
		registerEvent(new AnnualReportEvents.Waived(id, item.key(), by));
	}

	/** The actions the report's state allows, for anyone. */
	public java.util.Set<Action> allowedActions() {
		return AnnualReportWorkflow.TABLE.allowed(this);
	}

	/** Whether the report is on the portal. */
	public boolean isPublished() {
		return status == AnnualReportStatus.PUBLISHED;
	}

	/** Saves an edited text as the next version. Only a draft is editable. */
	void edit(String sectionsJson, String by, Instant now) {
		AnnualReportWorkflow.TABLE.check(this, Action.EDIT);
		int next = current().getVersionNo() + 1;
		versions.add(new AnnualReportVersion(this, next, sectionsJson, by, now));
		registerEvent(new AnnualReportEvents.Edited(id, next));
	}

	/** The editor hands the draft over for review and sign-off. */
	void submit(String by) {
		AnnualReportWorkflow.TABLE.check(this, Action.SUBMIT);
		status = AnnualReportStatus.IN_REVIEW;
		submittedBy = by;
		registerEvent(new AnnualReportEvents.Submitted(id, by));
	}

	/** The signing leader sends the draft back for changes. */
	void returnForChanges(String by) {
		AnnualReportWorkflow.TABLE.check(this, Action.RETURN);
		status = AnnualReportStatus.DRAFT;
		registerEvent(new AnnualReportEvents.Returned(id, by));
	}

	/** The signing leader signs the report off (签发). */
	void signOff(String by, Instant now) {
		AnnualReportWorkflow.TABLE.check(this, Action.SIGN);
		status = AnnualReportStatus.SIGNED;
		signedBy = by;
		signedAt = now;
		registerEvent(new AnnualReportEvents.SignedOff(id, by));
	}

	/** Publishes the signed report with its table frozen as it stands. */
	void publish(String tableJson, String figuresJson, String by, Instant now) {
		AnnualReportWorkflow.TABLE.check(this, Action.PUBLISH);
		status = AnnualReportStatus.PUBLISHED;
		publishedBy = by;
		publishedAt = now;
		publishedTableJson = tableJson;
		publishedFiguresJson = figuresJson;
		registerEvent(new AnnualReportEvents.Published(id, by));
	}

	/** The latest version. */
	public AnnualReportVersion current() {
		return versions.stream().max(Comparator.comparingInt(AnnualReportVersion::getVersionNo)).orElseThrow();
	}

	/** Every version, oldest first. */
	public List<AnnualReportVersion> getVersions() {
		List<AnnualReportVersion> sorted = new ArrayList<>(versions);
		sorted.sort(Comparator.comparingInt(AnnualReportVersion::getVersionNo));
		return Collections.unmodifiableList(sorted);
	}

	public Long getId() {
		return id;
	}

	public Long getAgencyId() {
		return agencyId;
	}

	public int getReportingYear() {
		return reportingYear;
	}

	public String getFormatCode() {
		return formatCode;
	}

	public AnnualReportStatus getStatus() {
		return status;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

	public String getSignedBy() {
		return signedBy;
	}

	public Instant getSignedAt() {
		return signedAt;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public String getPublishedTableJson() {
		return publishedTableJson;
	}

	public String getPublishedFiguresJson() {
		return publishedFiguresJson;
	}

}
