package sunshine.disclosure;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which files an item may carry: an allow-list of document and image types, each recognised by
 * its leading bytes (content sniffing) — the name's extension must agree with what the bytes are,
 * so a script renamed {@code .pdf} is refused — and a size limit
 * ({@code sunshine.disclosure.attachment-max-bytes}).
 */
public record AttachmentPolicy(long maxBytes) {

	/** An allowed type: its media type and the bytes a file of the type starts with. */
	public record FileType(String mediaType, byte[] magic) {
	}

	private static final byte[] ZIP = { 0x50, 0x4B, 0x03, 0x04 };
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };

	static final Map<String, FileType> ALLOWED = Map.of(
			"pdf", new FileType("application/pdf", "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
			"docx", new FileType("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
			"xlsx", new FileType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
			"doc", new FileType("application/msword", OLE2),
			"xls", new FileType("application/vnd.ms-excel", OLE2),
			"jpg", new FileType("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
			"jpeg", new FileType("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
			"png", new FileType("image/png", new byte[] { (byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));

	/** The media type to store, or the message key of the reason the file is refused. */
	public record Verdict(String mediaType, String problem) {
		public boolean accepted() {
			return problem == null;
		}
	}

	public Verdict check(String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			return new Verdict(null, "disclosure.error.attachmentEmpty");
		}
		if (content.length > maxBytes) {
			return new Verdict(null, "disclosure.error.attachmentSize");
		}
		Optional<FileType> type = extension(fileName).map(ALLOWED::get);
		if (type.isEmpty()) {
			return new Verdict(null, "disclosure.error.attachmentType");
		}
		byte[] magic = type.get().magic();
		if (content.length < magic.length || !Arrays.equals(Arrays.copyOf(content, magic.length), magic)) {
			return new Verdict(null, "disclosure.error.attachmentContent");
		}
		return new Verdict(type.get().mediaType(), null);
	}

	static Optional<String> extension(String fileName) {
		if (fileName == null) {
			return Optional.empty();
		}
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? Optional.empty() : Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/** The name as kept: no path, no control characters, at most 200 characters. */
	public static String safeName(String fileName) {
		String name = fileName == null ? "file" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		return name.isEmpty() ? "file" : name.length() > 200 ? name.substring(name.length() - 200) : name;
	}
}
