package sunshine.petitions;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import sunshine.shared.FileKind;

/**
 * A file attached to a petition (附件): at most three, 1 MB each, of the kinds a citizen can send.
 * A file's bytes must be what its name says — a PDF starts with {@code %PDF-}, a JPEG with
 * {@code FF D8 FF}, a PNG with its signature, a .doc is an OLE2 and a .docx a ZIP container, a .txt
 * is text — so a program or a web page renamed to an allowed extension is refused. What is kept is
 * the bare file name (no path, no control characters) and the media type of its kind, never the
 * type the sender declared.
 */
@Entity
@Table(name = "petition_attachment")
public class PetitionAttachment {

	/** An uploaded file before it is stored. */
	public record Upload(String fileName, String contentType, byte[] content) {
	}

	public static final int MAX_FILES = 3;
	public static final long MAX_BYTES = 1024 * 1024;
	/** The kinds of file a citizen can send. */
	static final Set<FileKind> KINDS = Set.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG, FileKind.DOC, FileKind.DOCX,
			FileKind.TEXT);

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "petition_attachment_seq")
	@SequenceGenerator(name = "petition_attachment_seq", sequenceName = "petition_attachment_seq", allocationSize = 50)
	private Long id;

	@Column(name = "petition_id", nullable = false)
	private Long petitionId;

	@Column(name = "file_name", nullable = false, length = 200)
	private String fileName;

	@Column(name = "content_type", nullable = false, length = 100)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Basic(fetch = FetchType.LAZY)
	@Column(name = "content", nullable = false, length = 1_048_576)
	private byte[] content;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected PetitionAttachment() {
	}

	/** @param sealed the file's bytes as stored: encrypted with the personal-data key (SM4) */
	PetitionAttachment(long petitionId, Upload upload, byte[] sealed, Instant at) {
		this.petitionId = petitionId;
		this.fileName = FileKind.bareName(upload.fileName());
		this.contentType = FileKind.named(this.fileName).orElseThrow().mediaType();
		this.sizeBytes = upload.content().length;
		this.content = sealed;
		this.uploadedAt = at;
	}

	/** The problems of a set of uploads (empty files are ignored by the caller). */
	static List<Submission.Problem> problems(List<Upload> uploads) {
		var problems = new java.util.ArrayList<Submission.Problem>();
		if (uploads.size() > MAX_FILES) {
			problems.add(new Submission.Problem("files", "petitions.error.files.tooMany", List.of(MAX_FILES)));
		}
		for (Upload upload : uploads) {
			String name = FileKind.bareName(upload.fileName());
			FileKind kind = FileKind.named(name).filter(KINDS::contains).orElse(null);
			if (kind == null || name.length() > 200) {
				problems.add(new Submission.Problem("files", "petitions.error.files.type", List.of(name)));
			}
			else if (upload.content().length > MAX_BYTES) {
				problems.add(new Submission.Problem("files", "petitions.error.files.tooLarge", List.of(name)));
			}
			else if (!kind.matches(upload.content())) {
				problems.add(new Submission.Problem("files", "petitions.error.files.content", List.of(name)));
			}
		}
		return problems;
	}

	public Long getId() {
		return id;
	}

	public Long getPetitionId() {
		return petitionId;
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public byte[] getContent() {
		return content;
	}
}
