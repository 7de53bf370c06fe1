package sunshine.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file Sunshine accepts from anyone, each recognised by its leading bytes (content
 * sniffing): the extension of a file's name must agree with what its bytes are, so a program or a web
 * page renamed {@code .pdf} or {@code .jpg} is refused. The media type stored is the kind's, never the
 * one the sender declared. Each module keeps its own list of the kinds it takes.
 */
public enum FileKind {

	PDF("application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII), "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Magic.ZIP, "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Magic.ZIP, "xlsx"),
	DOC("application/msword", Magic.OLE2, "doc"),
	XLS("application/vnd.ms-excel", Magic.OLE2, "xls"),
	JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, "jpg", "jpeg"),
	PNG("image/png", new byte[] { (byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "png"),
	/** Plain text in UTF-8 or GB 18030, without control characters other than tab and line breaks. */
	TEXT("text/plain", new byte[0], "txt");

	private static final class Magic {
		static final byte[] ZIP = { 0x50, 0x4B, 0x03, 0x04 };
		static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
	}

	private final String mediaType;
	private final byte[] magic;
	private final Set<String> extensions;

	FileKind(String mediaType, byte[] magic, String... extensions) {
		this.mediaType = mediaType;
		this.magic = magic;
		this.extensions = Set.of(extensions);
	}

	public String mediaType() {
		return mediaType;
	}

	/** The kind a file's name says, if it is one of these. */
	public static Optional<FileKind> named(String fileName) {
		String extension = extension(fileName);
		return Arrays.stream(values()).filter(kind -> kind.extensions.contains(extension)).findFirst();
	}

	/** Whether the bytes are of this kind. */
	public boolean matches(byte[] content) {
		if (this == TEXT) {
			return isText(content);
		}
		return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
	}

	/** The extension of a name, lower case, or empty. */
	public static String extension(String fileName) {
		if (fileName == null) {
			return "";
		}
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** The bare name of an uploaded file: no directory (of either slash), no control characters or quotes. */
	public static String bareName(String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		return name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
	}

	private static boolean isText(byte[] content) {
		for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
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
}
