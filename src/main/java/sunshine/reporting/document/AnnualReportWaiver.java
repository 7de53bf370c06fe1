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

/**
 * The signing leader's decision to publish a report although one of its open items (an unfilled part, a
 * finding) stands: which item, as it read then, why, who and when. Never changed.
 */
@Entity
@Table(name = "report_document_waiver")
public class AnnualReportWaiver {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_document_waiver_seq")
	@SequenceGenerator(name = "report_document_waiver_seq", sequenceName = "report_document_waiver_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "document_id", nullable = false)
	private AnnualReport document;

	@Column(name = "item_key", nullable = false, length = 200)
	private String itemKey;

	@Column(name = "item_text", nullable = false, length = 2000)
	private String itemText;

	@Column(name = "reason", nullable = false, length = 1000)
	private String reason;

	@Column(name = "waived_by", nullable = false, length = 64)
	private String waivedBy;

	@Column(name = "waived_at", nullable = false)
	private Instant waivedAt;

	protected AnnualReportWaiver() {
	}

	AnnualReportWaiver(AnnualReport document, String itemKey, String itemText, String reason, String waivedBy,
			Instant waivedAt) {
		this.document = document;
		this.itemKey = itemKey;
		this.itemText = itemText.length() > 2000 ? itemText.substring(0, 2000) : itemText;
		this.reason = reason;
		this.waivedBy = waivedBy;
		this.waivedAt = waivedAt;
	}

	public String getItemKey() {
		return itemKey;
	}

	public String getItemText() {
		return itemText;
	}

	public String getReason() {
		return reason;
	}

	public String getWaivedBy() {
		return waivedBy;
	}

	public Instant getWaivedAt() {
		return waivedAt;
	}
}
