package sunshine.disclosure;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A file attached to an information item (附件), accepted by {@link AttachmentPolicy}; readers
 * download it once the item is published.
 */
@Entity
@Table(name = "disclosure_attachment")
public class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_attachment_seq")
	@SequenceGenerator(name = "disclosure_attachment_seq", sequenceName = "disclosure_attachment_seq", allocationSize = 50)
	private Long id;

	@Column(name = "item_id", nullable = false)
	private Long itemId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "media_type", nullable = false)
	private String mediaType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false)
	private String sha256;

	@Basic(fetch = FetchType.LAZY)
	@Column(nullable = false)
	private byte[] content;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Attachment() {
	}

	Attachment(long itemId, String fileName, String mediaType, byte[] content, String sha256, Instant now) {
		this.itemId = itemId;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.sizeBytes = content.length;
		this.content = content;
		this.sha256 = sha256;
		this.createdAt = now;
	}

	public Long getId() { return id; }
	public Long getItemId() { return itemId; }
	public String getFileName() { return fileName; }
	public String getMediaType() { return mediaType; }
	public long getSizeBytes() { return sizeBytes; }
	public String getSha256() { return sha256; }
	public byte[] getContent() { return content; }
}
