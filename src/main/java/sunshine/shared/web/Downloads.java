package sunshine.shared.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files sent to the browser as downloads: one way to name them, Chinese names included (RFC 6266). */
public final class Downloads {

	/** The media type of a Word document (.docx). */
	public static final MediaType WORD = MediaType
			.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private Downloads() {
	}

	/** The bytes as an attachment named {@code fileName}. */
	public static ResponseEntity<byte[]> attachment(String fileName, MediaType type, byte[] content) {
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName))
				.contentType(type).body(content);
	}

	private static String disposition(String fileName) {
		var builder = ContentDisposition.attachment();
		boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(fileName);
		return (ascii ? builder.filename(fileName) : builder.filename(fileName, StandardCharsets.UTF_8)).build()
				.toString();
	}

	/** A letter as Word ({@code format} "docx") or PDF (anything else), named {@code baseName} plus the extension. */
	public static ResponseEntity<byte[]> letter(String baseName, String format, byte[] content) {
		boolean word = "docx".equals(format);
		return attachment(baseName + (word ? ".docx" : ".pdf"), word ? WORD : MediaType.APPLICATION_PDF, content);
	}
}
