package sunshine.petitions;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
	static final Set<String> EXTENSIONS = Set.of("pdf", "jpg", "jpeg", "png", "doc", "docx", "txt");

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
	private static final byte[] ZIP = { 0x50, 0x4B, 0x03, 0x04 };
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };

	/** The media type stored for each allowed extension, and the bytes a file of the kind starts with (none for text). */
	private static final Map<String, Map.Entry<String, byte[]>> KINDS = Map.of(
			"pdf", Map.entry("application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
			"jpg", Map.entry("image/jpeg", JPEG),
			"jpeg", Map.entry("image/jpeg", JPEG),
			"png", Map.entry("image/png", new byte[] { (byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }),
			"doc", Map.entry("application/msword", OLE2),
			"docx", Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
			"txt", Map.entry("text/plain", new byte[0]));

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
		this.fileName = safeName(upload.fileName());
		this.contentType = KINDS.get(extension(this.fileName)).getKey();
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
			String name = safeName(upload.fileName());
			String extension = extension(name);
			if (!EXTENSIONS.contains(extension) || name.length() > 200) {
				problems.add(new Submission.Problem("files", "petitions.error.files.type", List.of(name)));
			}
			else if (upload.content().length > MAX_BYTES) {
				problems.add(new Submission.Problem("files", "petitions.error.files.tooLarge", List.of(name)));
			}
			else if (!isOfKind(extension, upload.content())) {
				problems.add(new Submission.Problem("files", "petitions.error.files.content", List.of(name)));
			}
		}
		return problems;
	}

	/** The name as kept and shown: without a path or control characters. */
	static String safeName(String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		return name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** Whether the bytes are of the kind the extension names. */
	static boolean isOfKind(String extension, byte[] content) {
		if (extension.equals("txt")) {
			return isText(content);
		}
		byte[] magic = KINDS.get(extension).getValue();
		return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
	}

	/** Text in UTF-8 (or, failing that, GB 18030), without NUL or other control characters but tab and line breaks. */
	private static boolean isText(byte[] content) {
		for (var charset : List.of(StandardCharsets.UTF_8, java.nio.charset.Charset.forName("GB18030"))) {
			try {
				String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
				return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
			}
			catch (CharacterCodingException notThisCharset) {
				// try the next
			}
		}
		return false;
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
