package sunshine.reporting.document;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One saved text of an annual report: its sections as JSON, who saved it and when. Never changed. */
@Entity
@Table(name = "report_document_version")
public class AnnualReportVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_document_version_seq")
	@SequenceGenerator(name = "report_document_version_seq", sequenceName = "report_document_version_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "document_id", nullable = false)
	private AnnualReport document;

	@Column(name = "version_no", nullable = false)
	private int versionNo;

	@Column(name = "sections_json", nullable = false)
	private String sectionsJson;

	@Column(name = "edited_by", nullable = false, length = 64)
	private String editedBy;

	@Column(name = "edited_at", nullable = false)
	private Instant editedAt;

	protected AnnualReportVersion() {
	}

	AnnualReportVersion(AnnualReport document, int versionNo, String sectionsJson, String editedBy, Instant editedAt) {
		this.document = document;
		this.versionNo = versionNo;
		this.sectionsJson = sectionsJson;
		this.editedBy = editedBy;
		this.editedAt = editedAt;
	}

	public int getVersionNo() {
		return versionNo;
	}

	public String getSectionsJson() {
		return sectionsJson;
	}

	public String getEditedBy() {
		return editedBy;
	}

	public Instant getEditedAt() {
		return editedAt;
	}
}
