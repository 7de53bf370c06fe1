package sunshine.disclosure;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.domain.AbstractAggregateRoot;

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
 * A 规章 or 行政规范性文件 the agency issued (制发), later perhaps amended (修订) or abolished
 * (废止). It is disclosed through an {@link InformationItem}; 《政府信息公开条例》(2019)
 * 第二十条第（一）项 makes it information the agency must publish proactively.
 */
@Entity
@Table(name = "disclosure_document")
public class NormativeDocument extends AbstractAggregateRoot<NormativeDocument> {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_document_seq")
	@SequenceGenerator(name = "disclosure_document_seq", sequenceName = "disclosure_document_seq", allocationSize = 50)
	private Long id;

	@Column(name = "agency_id", nullable = false)
	private Long agencyId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DocumentKind kind;

	@Column(nullable = false)
	private String title;

	@Column(name = "document_number", nullable = false)
	private String documentNumber;

	@Column(name = "issued_on", nullable = false)
	private LocalDate issuedOn;

	@Column(name = "item_id")
	private Long itemId;

	@Column(name = "amended_on")
	private LocalDate amendedOn;

	@Column(name = "amendment_note")
	private String amendmentNote;

	@Column(name = "abolished_on")
	private LocalDate abolishedOn;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected NormativeDocument() {
	}

	NormativeDocument(long agencyId, DocumentKind kind, String title, String documentNumber, LocalDate issuedOn,
			Long itemId, Instant now) {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("disclosure.error.title");
		}
		if (documentNumber == null || documentNumber.isBlank()) {
			throw new IllegalArgumentException("disclosure.error.documentNumber");
		}
		this.agencyId = agencyId;
		this.kind = kind;
		this.title = title.strip();
		this.documentNumber = documentNumber.strip();
		this.issuedOn = issuedOn;
		this.itemId = itemId;
		this.createdAt = now;
	}

	/** 修订: the document stays in force with a new text. */
	NormativeDocument amend(LocalDate on, String note) {
		requireInForceOn(on);
		amendedOn = on;
		amendmentNote = note;
		registerEvent(new DisclosureEvents.DocumentAmended(id, on.toString(), note));
		return this;
	}

	/** 废止: from this day the document is no longer in force. */
	NormativeDocument abolish(LocalDate on) {
		requireInForceOn(on);
		abolishedOn = on;
		registerEvent(new DisclosureEvents.DocumentAbolished(id, on.toString()));
		return this;
	}

	/** Links the catalogue item that discloses this document. */
	NormativeDocument disclosedBy(long item) {
		this.itemId = item;
		return this;
	}

	private void requireInForceOn(LocalDate day) {
		if (!isInForceOn(day)) {
			throw new IllegalStateException("disclosure.error.notInForce");
		}
	}

	/** 现行有效: issued on or before the day and not abolished by then. */
	public boolean isInForceOn(LocalDate day) {
		return !issuedOn.isAfter(day) && (abolishedOn == null || abolishedOn.isAfter(day));
	}

	public Long getId() { return id; }
	public Long getAgencyId() { return agencyId; }
	public DocumentKind getKind() { return kind; }
	public String getTitle() { return title; }
	public String getDocumentNumber() { return documentNumber; }
	public LocalDate getIssuedOn() { return issuedOn; }
	public Long getItemId() { return itemId; }
	public LocalDate getAmendedOn() { return amendedOn; }
	public LocalDate getAbolishedOn() { return abolishedOn; }
}
