package sunshine.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** A Chinese letter comes out as a PDF with the bundled font embedded, and as a Word file, both readable back. */
class DocumentRenderingTests {

	static DocumentRendering rendering() {
		var resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		var engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return new DocumentRendering(engine);
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
}
