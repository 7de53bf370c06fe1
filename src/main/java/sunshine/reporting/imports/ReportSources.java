package sunshine.reporting.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.web.util.HtmlUtils;

/**
 * What a batch import is given, as the texts of single reports (批量导入的来源): plain-text and HTML
 * files, Word documents (.docx, read as HTML so their tables keep their cells), zip archives of any
 * of these, and pasted text holding several reports one after another, cut at each report's title.
 * What cannot be read is set aside with its reason, never silently dropped.
 */
public final class ReportSources {

	/** At most this many files are read from one archive. */
	static final int MAX_ENTRIES = 2_000;
	/** At most this many bytes are read from one file, packed or not (a report is rarely 1 MB). */
	static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
	/** At most this many bytes are unpacked from one archive in all. */
	static final long MAX_ARCHIVE_BYTES = 256L * 1024 * 1024;

	private ReportSources() {
	}

	/** A file as uploaded. */
	public record Upload(String name, byte[] bytes) {
	}

	/** The text of one report, named after its file (and the part of it) or the paste. */
	public record Source(String name, String text) {
	}

	/** A file or archive entry not imported, and why (a message key {@code reporting.batch.skipped.*}). */
	public record Skipped(String name, String reason) {
	}

	/** The reports found in an upload, and what was set aside. */
	public record Found(List<Source> sources, List<Skipped> skipped) {

		public boolean isEmpty() {
			return sources.isEmpty();
		}
	}

	/** The reports in the uploaded files and the pasted text (which may hold several reports). */
	public static Found read(List<Upload> uploads, String pasted, String pastedName) {
		List<Source> sources = new ArrayList<>();
		List<Skipped> skipped = new ArrayList<>();
		for (Upload upload : uploads) {
			if (upload.bytes().length == 0) {
				continue;
			}
			readFile(upload.name(), upload.bytes(), sources, skipped, 0);
		}
		if (pasted != null && !pasted.isBlank()) {
			String name = pastedName == null || pastedName.isBlank() ? "（粘贴的文本）" : pastedName.strip();
			addSplit(name, pasted, sources);
		}
		return new Found(List.copyOf(sources), List.copyOf(skipped));
	}

	private static void readFile(String name, byte[] bytes, List<Source> sources, List<Skipped> skipped, int depth) {
		String extension = extension(name);
		try {
			switch (extension) {
				case "txt", "text", "md", "htm", "html", "xhtml" -> addSplit(name, decode(bytes), sources);
				case "docx" -> add(name, docxAsHtml(bytes), sources, skipped);
				case "zip" -> {
					if (depth > 0) {
						skipped.add(new Skipped(name, "reporting.batch.skipped.nested"));
					}
					else {
						readArchive(name, bytes, sources, skipped);
					}
				}
				default -> skipped.add(new Skipped(name, "reporting.batch.skipped.type"));
			}
		}
		catch (IOException | RuntimeException unreadable) {
			skipped.add(new Skipped(name, "reporting.batch.skipped.unreadable"));
		}
	}

	private static void add(String name, String text, List<Source> sources, List<Skipped> skipped) {
		if (text == null || text.isBlank()) {
			skipped.add(new Skipped(name, "reporting.batch.skipped.empty"));
		}
		else {
			sources.add(new Source(name, text));
		}
	}

	/** One file may hold several reports (a pasted or concatenated collection): each becomes a source. */
	private static void addSplit(String name, String text, List<Source> sources) {
		if (text.isBlank()) {
			return;
		}
		List<String> reports = split(text);
		if (reports.size() == 1) {
			sources.add(new Source(name, reports.get(0)));
			return;
		}
		for (int i = 0; i < reports.size(); i++) {
			sources.add(new Source(name + " #" + (i + 1), reports.get(i)));
		}
	}

	/**
	 * The entries of a zip archive. Names are read as UTF-8 and, when an archive made on a Chinese
	 * Windows desktop stores them in GBK without saying so, read again as GB18030.
	 */
	private static void readArchive(String name, byte[] bytes, List<Source> sources, List<Skipped> skipped)
			throws IOException {
		List<Source> found = new ArrayList<>();
		List<Skipped> set = new ArrayList<>();
		try {
			unzip(name, bytes, StandardCharsets.UTF_8, found, set);
		}
		catch (IllegalArgumentException malformedName) {
			found.clear();
			set.clear();
			unzip(name, bytes, Charset.forName("GB18030"), found, set);
		}
		if (found.isEmpty() && set.isEmpty()) {
			// nothing in it: an empty archive is only its end record ("PK\5\6"); anything else is damaged
			boolean empty = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 5 && bytes[3] == 6;
			skipped.add(new Skipped(name, empty ? "reporting.batch.skipped.empty" : "reporting.batch.skipped.unreadable"));
		}
		sources.addAll(found);
		skipped.addAll(set);
	}

	private static void unzip(String name, byte[] bytes, Charset names, List<Source> sources, List<Skipped> skipped)
			throws IOException {
		long unpacked = 0;
		int entries = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), names)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				String entryName = entry.getName();
				if (entry.isDirectory() || entryName.startsWith("__MACOSX/") || baseName(entryName).startsWith(".")) {
					continue;
				}
				String shown = name + "/" + entryName;
				if (++entries > MAX_ENTRIES) {
					skipped.add(new Skipped(shown, "reporting.batch.skipped.too-many"));
					break;
				}
				byte[] content = readAtMost(zip, MAX_FILE_BYTES);
				if (content == null) {
					skipped.add(new Skipped(shown, "reporting.batch.skipped.too-large"));
					continue;
				}
				unpacked += content.length;
				if (unpacked > MAX_ARCHIVE_BYTES) {
					skipped.add(new Skipped(shown, "reporting.batch.skipped.too-large"));
					break;
				}
				if (content.length > 0) {
					readFile(shown, content, sources, skipped, 1);
				}
			}
		}
	}

	/** The rest of the stream, or null if it is longer than {@code limit} bytes. */
	private static byte[] readAtMost(InputStream in, int limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		int n;
		while ((n = in.read(buffer)) > 0) {
			if (out.size() + n > limit) {
				return null;
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	/**
	 * A Word document as HTML: its paragraphs and tables in order, each table cell a cell (a cell
	 * merged across columns keeps its span; one merged down appears once, as with an HTML rowspan),
	 * so the importer reads it as it reads a portal page.
	 */
	static String docxAsHtml(byte[] bytes) throws IOException {
		StringBuilder html = new StringBuilder("<html><body>\n");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					html.append("<p>").append(HtmlUtils.htmlEscape(paragraph.getText())).append("</p>\n");
				}
				else if (element instanceof XWPFTable table) {
					html.append("<table>\n");
					for (XWPFTableRow row : table.getRows()) {
						html.append("<tr>");
						for (XWPFTableCell cell : row.getTableCells()) {
							var properties = cell.getCTTc().getTcPr();
							if (properties != null && properties.isSetVMerge()
									&& properties.getVMerge().getVal() != org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART) {
								continue; // the rest of a cell merged down, as an HTML rowspan leaves it out
							}
							int span = properties != null && properties.isSetGridSpan()
									? properties.getGridSpan().getVal().intValue() : 1;
							html.append(span > 1 ? "<td colspan=\"" + span + "\">" : "<td>")
									.append(HtmlUtils.htmlEscape(cell.getText())).append("</td>");
						}
						html.append("</tr>\n");
					}
					html.append("</table>\n");
				}
			}
		}
		return html.append("</body></html>\n").toString();
	}

	/** Bytes of a report whose encoding nobody declared: UTF-8 if they are valid UTF-8 (a BOM is dropped), else GB18030. */
	public static String decode(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
			bytes = Arrays.copyOfRange(bytes, 3, bytes.length);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException e) {
			return new String(bytes, Charset.forName("GB18030"));
		}
	}

	// ------------------------------------------------------------------ several reports in one text

	/**
	 * A line that only separates: dashes, equals signs, underscores or stars. It separates two
	 * reports only when a title follows it (a table's border inside a report is no separator). A
	 * form feed is not one: text taken from a PDF has one at every page.
	 */
	private static final Pattern SEPARATOR = Pattern.compile("^[ \\t]*[-=_*—－]{3,}[ \\t]*$");

	/**
	 * A report's title, with the spaces taken out: an agency and a year, then 政府信息公开/政务公开
	 * (工作)(年度)报告 — {@code 淮安市人民政府2024年政府信息公开工作年度报告},
	 * {@code 2025年上海市人民政府办公厅政府信息公开工作年度报告}, {@code XX关于2017年政府信息公开工作的年度报告};
	 * a leading 正文/附件 or Markdown heading mark is allowed. No digit may stand between the year and
	 * 报告, so a signature date followed by the next agency's name is not taken for a title.
	 */
	private static final Pattern TITLE = Pattern.compile(
			"^(?:正文|附件\\d*)?#*[\\p{IsHan}（）()]{0,40}?(?:关于)?((?:19|20)\\d{2})年度?[\\p{IsHan}（）()]{0,30}?"
					+ "(?:政府信息公开|政务公开)(?:工作)?(?:的)?(?:年度)?(?:情况)?(?:的)?报告");

	/**
	 * A line this long that begins with a title is a whole report flattened onto one line; a shorter
	 * one is a sentence of the body that happens to begin with a report's name ("2016年政府信息公开
	 * 工作年度报告中提出的问题…"), which starts nothing.
	 */
	private static final int FLATTENED = 1_000;

	/** Text this long at least, with a figure in it, is a report of its own and not a heading before one. */
	private static final int SUBSTANCE = 200;

	/**
	 * A text cut into the reports it holds, in order: at a separator line before a title, and at a title that
	 * differs from the title of the report being read (the same title again is a running page
	 * header, not a new report) once that report has substance. Lines are never lost or moved: the
	 * parts, put together again with the separator lines, are the text.
	 */
	public static List<String> split(String text) {
		String[] lines = text.split("\n", -1);
		List<String> reports = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		String currentTitle = null;
		int i = 0;
		while (i < lines.length) {
			String line = lines[i];
			if (SEPARATOR.matcher(line).matches() && titleFollows(lines, i + 1)) {
				cut(reports, current);
				currentTitle = null;
				i++;
				continue;
			}
			Title title = titleAt(lines, i);
			if (title != null) {
				if (currentTitle != null && !currentTitle.equals(title.text()) && substantial(current)) {
					cut(reports, current);
					currentTitle = title.text();
				}
				else if (currentTitle == null) {
					currentTitle = title.text();
				}
				for (int k = 0; k < title.lines(); k++) {
					append(current, lines[i + k], i + k == lines.length - 1);
				}
				i += title.lines();
				continue;
			}
			append(current, line, i == lines.length - 1);
			i++;
		}
		cut(reports, current);
		return reports.isEmpty() ? List.of(text) : reports;
	}

	private record Title(String text, int lines) {
	}

	private static boolean titleFollows(String[] lines, int from) {
		int i = from;
		while (i < lines.length && compact(lines[i]).isEmpty()) {
			i++;
		}
		return i < lines.length && titleAt(lines, i) != null;
	}

	/**
	 * The title that starts at line {@code i}: one line that is a title, or a long line that begins
	 * with one (a whole report flattened onto one line), or two or three short lines without punctuation that
	 * together are exactly a title (a PDF's title broken over lines, the agency on a line of its own).
	 */
	private static Title titleAt(String[] lines, int i) {
		String first = compact(lines[i]);
		if (first.isEmpty()) {
			return null;
		}
		var one = TITLE.matcher(first);
		if (one.matches() || first.length() >= FLATTENED && one.lookingAt()) {
			return new Title(one.group(), 1);
		}
		StringBuilder joined = new StringBuilder(first);
		if (!headingLike(first)) {
			return null;
		}
		for (int k = 1; k < 3 && i + k < lines.length; k++) {
			String next = compact(lines[i + k]);
			if (next.isEmpty() || !headingLike(next)) {
				return null;
			}
			joined.append(next);
			var several = TITLE.matcher(joined);
			if (several.matches() || several.lookingAt() && several.end() == joined.length()) {
				return new Title(several.group(), k + 1);
			}
		}
		return null;
	}

	private static boolean headingLike(String compact) {
		return compact.length() <= 40 && compact.chars().noneMatch(c -> "。，；：、,;".indexOf(c) >= 0);
	}

	private static String compact(String line) {
		return line.replaceAll("[\\s\\u00a0\\u3000]", "");
	}

	private static boolean substantial(CharSequence report) {
		int meaningful = 0;
		boolean figure = false;
		for (int i = 0; i < report.length(); i++) {
			char c = report.charAt(i);
			if (!Character.isWhitespace(c)) {
				meaningful++;
			}
			figure |= c >= '0' && c <= '9';
		}
		return meaningful >= SUBSTANCE && figure;
	}

	private static void append(StringBuilder report, String line, boolean last) {
		report.append(line);
		if (!last) {
			report.append('\n');
		}
	}

	private static void cut(List<String> reports, StringBuilder current) {
		if (!current.toString().isBlank()) {
			reports.add(current.toString());
		}
		current.setLength(0);
	}

	private static String extension(String name) {
		String base = baseName(name);
		int dot = base.lastIndexOf('.');
		return dot < 0 ? "txt" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static String baseName(String name) {
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		return name.substring(slash + 1);
	}
}
