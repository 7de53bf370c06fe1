package sunshine.disclosure;

import java.time.Instant;
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
import jakarta.persistence.Version;

/**
 * A 政策解读 article explaining a normative document; counted as 政策解读稿件 (篇) in the 2008
 * table, row 二（二）3. Published with the document or within the allowed lag
 * ("同步解读、同步发布", see {@link InterpretationPolicy}).
 */
@Entity
@Table(name = "disclosure_interpretation")
public class PolicyInterpretation {

	/** How the interpretation is presented. */
	public enum Form {
		/** 文字解读. */
		TEXT,
		/** 图解. */
		GRAPHIC,
		/** 音视频解读. */
		VIDEO,
		/** 媒体专版、访谈. */
		MEDIA
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_interpretation_seq")
	@SequenceGenerator(name = "disclosure_interpretation_seq", sequenceName = "disclosure_interpretation_seq", allocationSize = 50)
	private Long id;

	@Column(name = "agency_id", nullable = false)
	private Long agencyId;

	@Column(name = "document_id")
	private Long documentId;

	@Column(name = "item_id")
	private Long itemId;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Form form;

	@Column(name = "published_on", nullable = false)
	private LocalDate publishedOn;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected PolicyInterpretation() {
	}

	PolicyInterpretation(long agencyId, Long documentId, Long itemId, String title, Form form, LocalDate publishedOn,
			Instant now) {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("disclosure.error.title");
		}
		this.agencyId = agencyId;
		this.documentId = documentId;
		this.itemId = itemId;
		this.title = title.strip();
		this.form = form;
		this.publishedOn = publishedOn;
		this.createdAt = now;
	}

	public Long getId() { return id; }
	public Long getAgencyId() { return agencyId; }
	public Long getDocumentId() { return documentId; }
	public Long getItemId() { return itemId; }
	public String getTitle() { return title; }
	public Form getForm() { return form; }
	public LocalDate getPublishedOn() { return publishedOn; }
}
