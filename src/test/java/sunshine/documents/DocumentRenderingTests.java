package sunshine.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** A Chinese letter comes out as a PDF with the bundled font embedded, and as a Word file, both readable back. */
class DocumentRenderingTests {

	static DocumentRendering rendering() {
		return rendering(DocumentFonts.bundled());
	}

	static final OfficialLetter LETTER = new OfficialLetter("宁夏回族自治区信访局", "政府信息公开申请答复书", "查询码：GK-2025-ABCDEFGH",
			"张三", List.of("本机关于2025年3月3日收到您的政府信息公开申请。", "经审查，予以公开。"),
			List.of(List.of("计收方式", "金额"), List.of("按量计收", "4700 元")), "宁夏回族自治区信访局", LocalDate.of(2025, 3, 20));

	@Test
	void rendersAChineseLetterToPdfWithTheBundledSongFontEmbedded() throws Exception {
		byte[] pdf = rendering().pdf(LETTER);
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("政府信息公开申请答复书", "张三：", "经审查，予以公开。", "2025年3月20日", "GK-2025-ABCDEFGH",
					"4700 元");
			var resources = document.getPage(0).getResources();
			boolean embeddedSong = false;
			for (var name : resources.getFontNames()) {
				PDFont font = resources.getFont(name);
				embeddedSong |= font.isEmbedded() && font.getName().contains("BousungEG-Light-GB");
			}
			assertThat(embeddedSong).as("AR PL SungtiL GB (PostScript name BousungEG-Light-GB) embedded").isTrue();
		}
	}

	@Test
	void rendersTheSameLetterToWord() throws Exception {
		byte[] docx = rendering().docx(LETTER);
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
				var extractor = new XWPFWordExtractor(document)) {
			assertThat(extractor.getText()).contains("政府信息公开申请答复书", "张三：", "经审查，予以公开。", "2025年3月20日", "按量计收");
		}
	}

	@Test
	void theHeadingsIn楷体ComeFromTheBundledKaiFaceAndTheRestFromSong() throws Exception {
		String html = "<html><head><style>body { font-family: 'FangSong', SunshineSong; } .lead { font-family: 'KaiTi', SunshineSong; }"
				+ "</style></head><body><p>正文一段。</p><p class=\"lead\">（一）主动公开情况</p></body></html>";
		assertThat(embeddedFonts(rendering().pdfFromHtml(html))).anyMatch(name -> name.contains("GBZenKai-Medium"))
				.anyMatch(name -> name.contains("BousungEG-Light-GB"));
	}

	@Test
	void aLicensedFaceConfiguredOnTheHostIsEmbeddedUnderItsFamily(@TempDir Path dir) throws Exception {
		Path hei = dir.resolve("simhei.ttf");
		try (var in = DocumentRenderingTests.class.getResourceAsStream(DocumentFonts.KAI_RESOURCE)) {
			Files.copy(in, hei);
		}
		var rendering = rendering(new DocumentFonts(null, null, hei, null));
		String html = "<html><head><style>body { font-family: SunshineSong; } h2 { font-family: 'SimHei', SunshineSong; }"
				+ "</style></head><body><h2>一、总体情况</h2></body></html>";
		assertThat(embeddedFonts(rendering.pdfFromHtml(html))).anyMatch(name -> name.contains("GBZenKai-Medium"));
		// Without the setting the same heading falls back to Song: the face really came from the file.
		assertThat(embeddedFonts(rendering().pdfFromHtml(html))).noneMatch(name -> name.contains("GBZenKai-Medium"))
				.anyMatch(name -> name.contains("BousungEG-Light-GB"));
	}

	@Test
	void filesThatCannotBeEmbeddedAreLeftOutAndDocumentsStillRender(@TempDir Path dir) throws Exception {
		Path otf = Files.write(dir.resolve("NotoSerifCJK.otf"), new byte[] { 'O', 'T', 'T', 'O', 0, 1, 2, 3 });
		Path ttc = Files.write(dir.resolve("simsun.ttc"), new byte[] { 't', 't', 'c', 'f', 0, 1, 0, 0 });
		Path text = Files.writeString(dir.resolve("fangsong.ttf"), "not a font at all");
		Path missing = dir.resolve("nowhere.ttf");
		assertThat(DocumentFonts.problem(otf)).contains("CFF");
		assertThat(DocumentFonts.problem(ttc)).contains(".ttc");
		assertThat(DocumentFonts.problem(text)).contains("not a TrueType");
		assertThat(DocumentFonts.problem(missing)).contains("no readable file");
		var fonts = new DocumentFonts(text, otf, ttc, missing);
		assertThat(fonts.faces().keySet()).containsExactly(DocumentFonts.SONG, DocumentFonts.KAI);
		assertThat(fonts.faces().get(DocumentFonts.KAI)).isEqualTo(new DocumentFonts.Source.Bundled(DocumentFonts.KAI_RESOURCE));
		byte[] pdf = rendering(fonts).pdf(LETTER);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("政府信息公开申请答复书");
		}
	}

	static DocumentRendering rendering(DocumentFonts fonts) {
		var engine = new SpringTemplateEngine();
		var resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		engine.setTemplateResolver(resolver);
		return new DocumentRendering(engine, fonts);
	}

	static List<String> embeddedFonts(byte[] pdf) throws Exception {
		var names = new java.util.ArrayList<String>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (var page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					if (font.isEmbedded()) {
						names.add(font.getName());
					}
				}
			}
		}
		return names;
	}
}
