package sunshine.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The typefaces of 公文 (GB/T 9704-2012 §7.2–7.3 and the conventions in {@code portal-and-document-conventions.md}):
 * title in 小标宋, body in 仿宋_GB2312, first-level headings in 黑体, second-level in 楷体. Their usual
 * files (方正小标宋, 仿宋_GB2312, 黑体, 楷体_GB2312) are licensed per installation, so Sunshine bundles only
 * the open faces it may redistribute — AR PL SungtiL GB (宋) and AR PL KaitiM GB (楷), Arphic Public
 * License — and lets an agency point each face at the TrueType file it holds a licence for. A face with
 * no file falls back to the bundled Song, glyph by glyph.
 *
 * <p>Only TrueType outlines can be embedded (PDFBox cannot embed CFF, so {@code .otf} faces such as
 * Noto CJK are refused), and only a single face ({@code .ttf}, not a {@code .ttc} collection). A file
 * that is missing or of another kind is reported in the log once at start and left out; documents
 * still render.
 *
 * @param fangsong the 仿宋 file for body text (e.g. {@code /usr/share/fonts/simfang.ttf})
 * @param xiaobiaosong the 小标宋 file for titles (e.g. {@code FZXBSJW.TTF})
 * @param hei the 黑体 file for first-level headings and table heads (e.g. {@code simhei.ttf})
 * @param kai the 楷体 file for second-level headings; the bundled AR PL KaitiM GB when unset
 */
@ConfigurationProperties("sunshine.documents.fonts")
public record DocumentFonts(Path fangsong, Path xiaobiaosong, Path hei, Path kai) {

	private static final Logger log = LoggerFactory.getLogger(DocumentFonts.class);

	/** The CSS family of the bundled Song face, the fallback of every other face. */
	public static final String SONG = "SunshineSong";
	/** The CSS families the document styles name for each 公文 face. */
	public static final String FANGSONG = "FangSong", XIAOBIAOSONG = "FZXiaoBiaoSong-B05S", HEI = "SimHei",
			KAI = "KaiTi";

	static final String SONG_RESOURCE = "/documents/fonts/gbsn00lp.ttf";
	static final String KAI_RESOURCE = "/documents/fonts/gkai00mp.ttf";

	/** No files configured: the bundled Song and Kai faces only. */
	public static DocumentFonts bundled() {
		return new DocumentFonts(null, null, null, null);
	}

	/**
	 * The faces to register with the PDF renderer, CSS family → where its bytes come from, in a fixed
	 * order. Unusable files are left out (and logged).
	 */
	Map<String, Source> faces() {
		var faces = new LinkedHashMap<String, Source>();
		faces.put(SONG, new Source.Bundled(SONG_RESOURCE));
		put(faces, FANGSONG, fangsong);
		put(faces, XIAOBIAOSONG, xiaobiaosong);
		put(faces, HEI, hei);
		if (!put(faces, KAI, kai)) {
			faces.put(KAI, new Source.Bundled(KAI_RESOURCE));
		}
		return faces;
	}

	private static boolean put(Map<String, Source> faces, String family, Path file) {
		if (file == null || file.toString().isBlank()) {
			return false;
		}
		String problem = problem(file);
		if (problem != null) {
			log.warn("Document font {} ({}) is not used: {}. Documents fall back to the bundled Song face.", family,
					file, problem);
			return false;
		}
		faces.put(family, new Source.HostFile(file));
		return true;
	}

	/** Why a file cannot serve as a face, or null when it can: it must be a readable single TrueType font. */
	static String problem(Path file) {
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			return "no readable file there";
		}
		byte[] head = new byte[4];
		try (InputStream in = Files.newInputStream(file)) {
			if (in.readNBytes(head, 0, 4) < 4) {
				return "the file is too short to be a font";
			}
		}
		catch (IOException e) {
			return "it cannot be read (" + e.getMessage() + ")";
		}
		String tag = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
		if (tag.equals("OTTO")) {
			return "it has CFF outlines (.otf), which PDF output cannot embed; use a TrueType (.ttf) face";
		}
		if (tag.equals("ttcf")) {
			return "it is a font collection (.ttc); extract one TrueType (.ttf) face from it";
		}
		boolean trueType = (head[0] == 0 && head[1] == 1 && head[2] == 0 && head[3] == 0) || tag.equals("true");
		return trueType ? null : "it is not a TrueType font";
	}

	/** Where a face's bytes come from; the bytes are read once and kept (each PDF embeds only what it uses). */
	sealed interface Source {

		byte[] bytes();

		default InputStream open() {
			return new ByteArrayInputStream(bytes());
		}

		record Bundled(String resource) implements Source {
			@Override
			public byte[] bytes() {
				return CACHE.computeIfAbsent(resource, r -> {
					try (InputStream in = DocumentFonts.class.getResourceAsStream(r)) {
						if (in == null) {
							throw new IllegalStateException("The bundled font " + r + " is missing from the jar");
						}
						return in.readAllBytes();
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				});
			}
		}

		record HostFile(Path file) implements Source {
			@Override
			public byte[] bytes() {
				return CACHE.computeIfAbsent(file.toAbsolutePath().toString(), f -> {
					try {
						return Files.readAllBytes(file);
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				});
			}
		}
	}

	private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();
}
