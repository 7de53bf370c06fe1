package sunshine.petitions;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
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

/** A file attached to a petition (附件): at most three, 1 MB each, of the kinds a citizen can send. */
@Entity
@Table(name = "petition_attachment")
public class PetitionAttachment {

	/** An uploaded file before it is stored. */
	public record Upload(String fileName, String contentType, byte[] content) {
	}

	public static final int MAX_FILES = 3;
	public static final long MAX_BYTES = 1024 * 1024;
	static final Set<String> EXTENSIONS = Set.of("pdf", "jpg", "jpeg", "png", "doc", "docx", "txt");

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

	PetitionAttachment(long petitionId, Upload upload, Instant at) {
		this.petitionId = petitionId;
		this.fileName = upload.fileName();
		this.contentType = upload.contentType() == null ? "application/octet-stream" : upload.contentType();
		this.sizeBytes = upload.content().length;
		this.content = upload.content();
		this.uploadedAt = at;
	}

	/** The problems of a set of uploads (empty files are ignored by the caller). */
	static List<Submission.Problem> problems(List<Upload> uploads) {
		var problems = new java.util.ArrayList<Submission.Problem>();
		if (uploads.size() > MAX_FILES) {
			problems.add(new Submission.Problem("files", "petitions.error.files.tooMany", List.of(MAX_FILES)));
		}
		for (Upload upload : uploads) {
			String name = upload.fileName() == null ? "" : upload.fileName();
			int dot = name.lastIndexOf('.');
			String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
			if (!EXTENSIONS.contains(extension) || name.length() > 200) {
				problems.add(new Submission.Problem("files", "petitions.error.files.type", List.of(name)));
			}
			else if (upload.content().length > MAX_BYTES) {
				problems.add(new Submission.Problem("files", "petitions.error.files.tooLarge", List.of(name)));
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
