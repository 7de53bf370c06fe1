package sunshine.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import sunshine.SunshineIntegrationTest;
import sunshine.agency.StaffUser;

/**
 * The Word and PDF exports of an annual report in 公文 layout, read back (GB/T 9704-2012, the numbers in
 * reference portal-and-document-conventions.md): A4 = 210 × 297 mm; 天头 37 mm, 订口 28 mm, text block
 * 156 × 225 mm (so 26 mm right and 35 mm below); title 二号 = 22 pt 小标宋; body 三号 = 16 pt 仿宋; headings
 * 一、 黑体, （一） 楷体; page numbers “— 1 —” in 四号 = 14 pt 宋体, right on odd pages and left on even ones.
 * One millimetre is 1440 / 25.4 twentieths of a point (Word) or 72 / 25.4 points (PDF).
 */
@SunshineIntegrationTest
class ReportDocumentTypographyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AnnualReports reports;

	private byte[] export(int year, String file) throws Exception {
		StaffUser reporter = (StaffUser) users.loadUserByUsername("reporter");
		long id = reports.find("640000-xfj", year, reporter).orElseThrow().report().getId();
		return mvc.perform(get("/console/reporting/documents/" + id + "/" + file).with(user(reporter))).andReturn()
				.getResponse().getContentAsByteArray();
	}

	private static long twips(double mm) {
		return Math.round(mm * 1440 / 25.4);
	}

	@Test
	void wordHasTheA4PageMarginsFontsAndPageNumbersOfAnOfficialDocument() throws Exception {
		try (var doc = new XWPFDocument(new ByteArrayInputStream(export(2017, "report.docx")))) {
			var section = doc.getDocument().getBody().getSectPr();
			assertThat(((java.math.BigInteger) section.getPgSz().getW()).longValue()).isEqualTo(11906); // 210 mm
			assertThat(((java.math.BigInteger) section.getPgSz().getH()).longValue()).isEqualTo(16838); // 297 mm
			assertThat(((java.math.BigInteger) section.getPgMar().getTop()).longValue()).isEqualTo(twips(37));
			assertThat(((java.math.BigInteger) section.getPgMar().getLeft()).longValue()).isEqualTo(twips(28));
			assertThat(((java.math.BigInteger) section.getPgMar().getRight()).longValue()).isEqualTo(twips(210 - 28 - 156));
			assertThat(((java.math.BigInteger) section.getPgMar().getBottom()).longValue()).isEqualTo(twips(297 - 37 - 225));
			// 22 lines in the 225 mm text block
			assertThat(section.getDocGrid().getLinePitch().longValue()).isEqualTo(twips(225.0 / 22));

			List<XWPFParagraph> paragraphs = doc.getParagraphs();
			XWPFRun title = paragraphs.get(0).getRuns().get(0);
			assertThat(title.text()).isEqualTo("宁夏回族自治区信访局2017年政府信息公开工作年度报告");
			assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
			assertThat(title.getFontSizeAsDouble()).isEqualTo(22.0);
			assertThat(paragraphs.get(0).getAlignment().name()).isEqualTo("CENTER");

			XWPFRun heading = run(paragraphs, "一、概述");
			assertThat(heading.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
			assertThat(heading.getFontSizeAsDouble()).isEqualTo(16.0);
			XWPFRun lead = run(paragraphs, "（一）强化顶层设计，推动政务公开工作良好开局。");
			assertThat(lead.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("楷体");
			XWPFParagraph body = paragraphs.stream().filter(p -> p.getText().startsWith("2017年，在自治区党委")).findFirst()
					.orElseThrow();
			assertThat(body.getRuns()).allSatisfy(r -> {
				assertThat(r.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋");
				assertThat(r.getFontSizeAsDouble()).isEqualTo(16.0);
			});
			assertThat(body.getIndentationFirstLine()).isEqualTo(640); // two characters of 16 pt

			// page numbers: — PAGE — in 14 pt 宋体, odd pages right, even pages left
			assertThat(doc.getSettings().getEvenAndOddHeadings()).isTrue();
			var odd = doc.getHeaderFooterPolicy().getDefaultFooter();
			var even = doc.getHeaderFooterPolicy().getEvenPageFooter();
			for (var footer : List.of(odd, even)) {
				XWPFParagraph number = footer.getParagraphs().get(0);
				assertThat(number.getCTP().xmlText()).contains("PAGE");
				assertThat(number.getRuns().get(0).text()).isEqualTo("— ");
				assertThat(number.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
				assertThat(number.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
				assertThat(number.getRuns().get(number.getRuns().size() - 1).text()).isEqualTo(" —");
			}
			assertThat(odd.getParagraphs().get(0).getAlignment().name()).isEqualTo("RIGHT");
			assertThat(even.getParagraphs().get(0).getAlignment().name()).isEqualTo("LEFT");

			// the 2008 table: 统计指标 | 单位 | 统计数, section rows, the label column widest, header repeated
			XWPFTable table = doc.getTables().get(0);
			assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactly("统计指标", "单位", "统计数");
			assertThat(table.getRow(0).isRepeatHeader()).isTrue();
			assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("一、主动公开情况");
			assertThat(table.getRow(1).getTableCells()).hasSize(1);
			var website = table.getRows().stream().filter(r -> r.getCell(0).getText().equals("2.政府网站公开政府信息数"))
					.findFirst().orElseThrow();
			assertThat(website.getCell(1).getText()).isEqualTo("条");
			var widths = table.getCTTbl().getTblGrid().getGridColList().stream()
					.map(c -> ((java.math.BigInteger) c.getW()).longValue()).toList();
			assertThat(widths.get(0)).isGreaterThan(widths.get(1) * 3);
			assertThat(widths.stream().mapToLong(Long::longValue).sum()).isBetween(twips(150), twips(156));
		}
		// 2021: 单位 stated over the tables of section 三, its section rows
		try (var doc = new XWPFDocument(new ByteArrayInputStream(export(2021, "report.docx")))) {
			String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
			assertThat(text).contains("单位：件", "三、本年度办理结果", "（三）不予公开", "第二十条第（一）项");
		}
	}

	private static XWPFRun run(List<XWPFParagraph> paragraphs, String text) {
		return paragraphs.stream().flatMap(p -> p.getRuns().stream()).filter(r -> text.equals(r.text())).findFirst()
				.orElseThrow(() -> new AssertionError("no run " + text));
	}

	@Test
	void pdfSetsTheSecondLevelHeadingsIn楷体AndTheRestInTheSongFace() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(export(2017, "report.pdf"))) {
			var embedded = new java.util.HashSet<String>();
			for (var page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					var font = page.getResources().getFont(name);
					if (font.isEmbedded()) {
						embedded.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
					}
				}
			}
			assertThat(embedded).contains("GBZenKai-Medium", "BousungEG-Light-GB");
		}
	}

	@Test
	void pdfIsA4WithTheTextBlockOfAnOfficialDocumentAndPageNumbersOnAlternateSides() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(export(2017, "report.pdf"))) {
			// (text positions in points from the top left corner of the page)
			assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
			var box = pdf.getPage(0).getMediaBox();
			assertThat(box.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
			assertThat(box.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
			double mm = 72 / 25.4;
			for (int page = 1; page <= 2; page++) {
				List<TextPosition> glyphs = glyphs(pdf, page);
				// the page number is the last line, below the text block: “— n —”
				float numberY = glyphs.stream().map(TextPosition::getYDirAdj).max(Float::compare).orElseThrow();
				List<TextPosition> number = glyphs.stream().filter(g -> g.getYDirAdj() == numberY).toList();
				String numberText = number.stream().map(TextPosition::getUnicode).collect(java.util.stream.Collectors.joining());
				assertThat(numberText.replace(" ", "")).isEqualTo("—" + page + "—");
				assertThat(numberY).as("below the text block").isGreaterThan((float) ((37 + 225) * mm));
				float numberX = number.get(0).getXDirAdj();
				if (page % 2 == 1) {
					assertThat(numberX).as("odd: right").isGreaterThan((float) (150 * mm));
				}
				else {
					assertThat(numberX).as("even: left").isLessThan((float) (60 * mm));
				}
				List<TextPosition> text = glyphs.stream().filter(g -> g.getYDirAdj() != numberY).toList();
				float left = text.stream().map(TextPosition::getXDirAdj).min(Float::compare).orElseThrow();
				float right = text.stream().map(g -> g.getXDirAdj() + g.getWidthDirAdj()).max(Float::compare).orElseThrow();
				float top = text.stream().map(g -> g.getYDirAdj() - g.getHeightDir()).min(Float::compare).orElseThrow();
				assertThat(left).as("订口 28 mm").isCloseTo((float) (28 * mm), org.assertj.core.data.Offset.offset((float) (1.5 * mm)));
				assertThat(right).as("text block 156 mm").isLessThanOrEqualTo((float) ((28 + 156 + 1) * mm));
				// 天头 37 mm: the first line of text sits in the first line of the grid (22 lines in 225 mm)
				assertThat(top).as("天头 37 mm").isBetween((float) (36.5 * mm), (float) ((37 + 225.0 / 22) * mm));
				float bottom = text.stream().map(TextPosition::getYDirAdj).max(Float::compare).orElseThrow();
				assertThat(bottom).as("text block ends 225 mm below").isLessThanOrEqualTo((float) ((37 + 225 + 1) * mm));
			}
			String all = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
			assertThat(all).contains("宁夏回族自治区信访局2017年政府信息公开工作年度报告", "一、概述", "统计指标单位统计数",
					"一、主动公开情况", "九、政府信息公开会议和培训情况", "2018年1月19日");
		}
	}

	private static List<TextPosition> glyphs(PDDocument pdf, int page) throws java.io.IOException {
		List<TextPosition> glyphs = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) {
				positions.stream().filter(p -> !p.getUnicode().isBlank()).forEach(glyphs::add);
			}
		};
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		stripper.getText(pdf);
		return glyphs;
	}
}
