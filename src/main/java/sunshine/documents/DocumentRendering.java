package sunshine.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders {@link OfficialLetter}s — or any HTML — to PDF and Word. PDFs embed subsets of the 公文
 * faces of {@link DocumentFonts}: the bundled Song and Kai faces (Arphic Public License,
 * {@code documents/fonts}) and whatever licensed 仿宋, 小标宋 and 黑体 files the agency configured. Word
 * files name 方正小标宋简体 and 仿宋 and leave the glyphs to the reader's
 * machine, as Chinese offices expect.
 */
@Service
public class DocumentRendering {

	/** The font family name the templates use. */
	public static final String FONT_FAMILY = DocumentFonts.SONG;

	private final ITemplateEngine templates;

	private final Map<String, DocumentFonts.Source> faces;

	DocumentRendering(ITemplateEngine templates, DocumentFonts fonts) {
		this.templates = templates;
		this.faces = fonts.faces();
	}

	/** The letter as a PDF (A4, Song style). */
	public byte[] pdf(OfficialLetter letter) {
		var context = new Context(Locale.SIMPLIFIED_CHINESE);
		context.setVariable("letter", letter);
		context.setVariable("fontFamily", FONT_FAMILY);
		return pdfFromHtml(templates.process("documents/letter", context));
	}

	/**
	 * Any HTML page (it need not be well-formed XHTML: it is parsed leniently first) as a PDF. Use
	 * {@code font-family: SunshineSong} in its CSS for Chinese text.
	 */
	public byte[] pdfFromHtml(String html) {
		var document = Jsoup.parse(html);
		document.outputSettings().syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml);
		var out = new ByteArrayOutputStream();
		try {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			faces.forEach((family, source) -> builder.useFont(source::open, family));
			builder.withW3cDocument(new W3CDom().fromJsoup(document), "/");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The letter as a Word document (.docx). */
	public byte[] docx(OfficialLetter letter) {
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			paragraph(document, letter.issuer(), ParagraphAlignment.CENTER, 16, false, "仿宋");
			paragraph(document, letter.title(), ParagraphAlignment.CENTER, 22, false, "方正小标宋简体");
			if (!letter.documentNumber().isBlank()) {
				paragraph(document, letter.documentNumber(), ParagraphAlignment.CENTER, 14, false, "仿宋");
			}
			if (!letter.addressee().isBlank()) {
				paragraph(document, letter.addressee() + "：", ParagraphAlignment.LEFT, 16, false, "仿宋");
			}
			for (String text : letter.paragraphs()) {
				XWPFParagraph paragraph = paragraph(document, text, ParagraphAlignment.BOTH, 16, false, "仿宋");
				paragraph.setIndentationFirstLine(640);
			}
			if (!letter.table().isEmpty()) {
				List<List<String>> rows = letter.table();
				XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
				for (int r = 0; r < rows.size(); r++) {
					for (int c = 0; c < rows.get(r).size(); c++) {
						table.getRow(r).getCell(c).setText(rows.get(r).get(c));
					}
				}
			}
			paragraph(document, letter.signature(), ParagraphAlignment.RIGHT, 16, false, "仿宋");
			paragraph(document, letter.chineseDate(), ParagraphAlignment.RIGHT, 16, false, "仿宋");
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static XWPFParagraph paragraph(XWPFDocument document, String text, ParagraphAlignment alignment, int size,
			boolean bold, String font) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setFontSize(size);
		run.setFontFamily(font);
		return paragraph;
	}
}
