package sunshine.disclosure;

import java.util.Optional;
import java.util.Set;

import sunshine.shared.FileKind;

/**
 * Which files an item may carry: an allow-list of document and image types, each recognised by
 * its leading bytes (content sniffing) — the name's extension must agree with what the bytes are,
 * so a script renamed {@code .pdf} is refused — and a size limit
 * ({@code sunshine.disclosure.attachment-max-bytes}).
 */
public record AttachmentPolicy(long maxBytes) {

	/** The kinds of file an item may carry. */
	static final Set<FileKind> ALLOWED = Set.of(FileKind.PDF, FileKind.DOCX, FileKind.XLSX, FileKind.DOC, FileKind.XLS,
			FileKind.JPEG, FileKind.PNG);

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
		Optional<FileKind> kind = FileKind.named(fileName).filter(ALLOWED::contains);
		if (kind.isEmpty()) {
			return new Verdict(null, "disclosure.error.attachmentType");
		}
		if (!kind.get().matches(content)) {
			return new Verdict(null, "disclosure.error.attachmentContent");
		}
		return new Verdict(kind.get().mediaType(), null);
	}

	/** The name as kept: no path, no control characters, at most 200 characters. */
	public static String safeName(String fileName) {
		String name = FileKind.bareName(fileName);
		return name.isEmpty() ? "file" : name.length() > 200 ? name.substring(name.length() - 200) : name;
	}
}
