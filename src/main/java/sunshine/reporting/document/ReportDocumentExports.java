package sunshine.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.web.util.HtmlUtils;

import sunshine.reporting.table.ReportLayout;
import sunshine.reporting.table.ReportRow;
import sunshine.reporting.table.ReportTable;

/**
 * An annual report as portal HTML, as the HTML the PDF is made from (official-document layout: title,
 * agency, date; A4; page numbers), as Word (.docx) and as Excel (.xlsx, with the official merged headers
 * of each table).
 */
public final class ReportDocumentExports {

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
	private static final DateTimeFormatter CHINESE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	/** A moment as people in China read it: Beijing time, 2026年12月3日 15:58. */
	public static String dateTime(java.time.Instant at) {
		return at == null ? "" : CHINESE_TIME.format(at.atZone(BEIJING));
	}

	private ReportDocumentExports() {
	}

	/**
	 * The heading lines of the 2008 table (国办发〔2014〕32号 统计表, reference annual-report-format-2008.md): they
	 * carry no value and are printed before the row they introduce.
	 */
	static final java.util.Map<String, String> HEADINGS_2008 = java.util.Map.of(
			"S1_1", "一、主动公开情况",
			"S1_2_1", "（二）通过不同渠道和方式公开政府信息的情况",
			"S2_1", "二、回应解读情况",
			"S2_2_1", "（二）通过不同渠道和方式回应解读的情况",
			"S3_1", "三、依申请公开情况",
			"S8_1", "八、机构建设和保障经费情况",
			"S9_1", "九、政府信息公开会议和培训情况");

	/** The title of the report: 〈机关〉〈年〉年政府信息公开工作年度报告. */
	public static String title(AnnualReports.View view) {
		return view.agencyName() + view.report().getReportingYear() + "年政府信息公开工作年度报告";
	}

	/** The date under the agency: the sign-off date, else today's draft. */
	public static String date(AnnualReports.View view, java.time.Clock clock) {
		var when = view.report().getSignedAt() != null ? view.report().getSignedAt() : clock.instant();
		return CHINESE_DATE.format(when.atZone(BEIJING));
	}

	/**
	 * The headings of section 二 of the 2019 and 2021 tables (《政府信息公开条例》第二十条 and its items), over
	 * the rows of each group.
	 */
	static final java.util.Map<String, String> HEADINGS_SECTION_2 = java.util.Map.of(
			"2-1", "第二十条第（一）项",
			"2-2", "第二十条第（五）项",
			"2-3", "第二十条第（六）项",
			"2-4", "第二十条第（八）项",
			"2-5", "第二十条第（九）项");

	/** A line of a printed table: a heading row across the table, or a row with its label, unit and values. */
	sealed interface Line permits Heading, Data {
	}

	record Heading(String text) implements Line {
	}

	record Data(String label, String unit, List<String> values) implements Line {
	}

	/**
	 * One printed table: its column heads (the first the row label; a 单位 column where units differ from row
	 * to row), the unit of every value when they share one (stated above the table), its lines.
	 */
	record Block(List<String> columns, String unit, boolean unitColumn, List<Line> lines) {
	}

	/** The heading over the result rows of section 三. */
	private static final String RESULTS = "三、本年度办理结果";

	/** A section of the statistics table as printed tables: units stated, section rows, values as text. */
	static List<Block> blocks(ReportTable table, String section) {
		List<Block> blocks = new ArrayList<>();
		Block block = null;
		java.util.Set<String> printed = new java.util.HashSet<>();
		for (ReportRow row : table.layout().section(section)) {
			if (block == null || !sameColumns(block, row)) {
				List<String> columns = new ArrayList<>();
				columns.add(row.singleValue() ? "统计指标" : "二".equals(section) ? "信息内容" : "项目");
				if (row.singleValue()) {
					columns.add("单位");
					columns.add("统计数");
				}
				else {
					columns.addAll(row.columns());
				}
				String unit = row.singleValue() ? null
						: table.layout().section(section).stream().filter(r -> r.columns().equals(row.columns()))
								.map(ReportRow::unit).distinct().count() == 1 ? row.unit() : null;
				block = new Block(columns, unit, row.singleValue(), new ArrayList<>());
				blocks.add(block);
			}
			String heading = row.singleValue() ? HEADINGS_2008.get(row.id())
					: "二".equals(section) ? HEADINGS_SECTION_2.get(row.group())
					: row.group().isEmpty() ? null : row.group();
			if ("三".equals(section) && row.id().startsWith("R") && printed.add(RESULTS)) {
				block.lines().add(new Heading(RESULTS));
			}
			if (heading != null && printed.add(heading)) {
				block.lines().add(new Heading(heading));
			}
			List<String> values = row.columns().stream().map(c -> text(table.value(row.id(), c))).toList();
			block.lines().add(new Data(row.label(), row.unit(), values));
		}
		return blocks;
	}

	private static boolean sameColumns(Block block, ReportRow row) {
		return row.singleValue() ? block.unitColumn() : block.columns().subList(1, block.columns().size()).equals(row.columns());
	}

	/** A paragraph's lead of the second level — （一）… up to its first full stop — set in 楷体. */
	private static final java.util.regex.Pattern LEAD = java.util.regex.Pattern
			.compile("^([（(][一二三四五六七八九十]+[）)][^。]{0,60}?。)");

	/** The body: sections with their rendered text and tables (escaped; no styles, no scripts). */
	public static String bodyHtml(AnnualReports.View view) {
		StringBuilder html = new StringBuilder();
		for (ReportNarrative.Section section : view.sections()) {
			html.append("<section class=\"report-section\">");
			if (!section.title().isEmpty()) {
				html.append("<h2>").append(esc(section.title())).append("</h2>");
			}
			for (String paragraph : view.rendered(section).split("\\n+")) {
				if (!paragraph.isBlank()) {
					var lead = LEAD.matcher(paragraph.strip());
					if (lead.find()) {
						html.append("<p><span class=\"lead\">").append(esc(lead.group(1))).append("</span>")
								.append(esc(paragraph.strip().substring(lead.end()))).append("</p>");
					}
					else {
						html.append("<p>").append(esc(paragraph.strip())).append("</p>");
					}
				}
			}
			if (!section.table().isEmpty()) {
				html.append(tableHtml(view.table(), section.table()));
			}
			html.append("</section>");
		}
		return html.toString();
	}

	/**
	 * The whole document as HTML for the PDF renderer, in 公文 layout (GB/T 9704-2012): A4; 天头 37 mm, 订口
	 * 28 mm and a text block of 156 × 225 mm (so 26 mm right, 35 mm below); title 二号 (22 pt) centred; body
	 * 三号 (16 pt) 仿宋 at 22 lines a page; headings 一、 in 黑体, （一） in 楷体; the page number in 四号 (14 pt)
	 * as “— 1 —”, right on odd pages and left on even ones, one character in. The faces are named in order
	 * of preference and the bundled Song face ({@code fontFamily}) serves where none is installed.
	 */
	public static String pdfHtml(AnnualReports.View view, String date, String fontFamily) {
		String song = "'" + fontFamily + "'";
		return "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><title>" + esc(title(view)) + "</title><style>"
				+ "@page { size: A4; margin: 37mm 26mm 35mm 28mm; }"
				+ "@page :right { @bottom-right { content: \"— \" counter(page) \" —\"; font-family: " + song
				+ "; font-size: 14pt; padding-right: 14pt; vertical-align: top; padding-top: 7mm; } }"
				+ "@page :left { @bottom-left { content: \"— \" counter(page) \" —\"; font-family: " + song
				+ "; font-size: 14pt; padding-left: 14pt; vertical-align: top; padding-top: 7mm; } }"
				+ "body { margin: 0; font-family: 'FangSong', " + song + "; font-size: 16pt; line-height: 28.9pt; }"
				+ "h1 { font-family: 'FZXiaoBiaoSong-B05S', " + song + "; font-size: 22pt; text-align: center;"
				+ " font-weight: normal; line-height: 1.4; margin: 0 0 28.9pt 0; }"
				+ "h2 { font-family: 'SimHei', " + song + "; font-size: 16pt; font-weight: normal; margin: 0;"
				+ " text-indent: 2em; }"
				+ "p { text-indent: 2em; margin: 0; text-align: justify; }"
				+ ".lead { font-family: 'KaiTi', " + song + "; }"
				+ "p.agency, p.date { text-align: right; text-indent: 0; padding-right: 4em; }"
				+ "p.agency { margin-top: 28.9pt; }"
				+ "table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 10.5pt;"
				+ " line-height: 1.35; margin: 6pt 0 12pt 0; -fs-table-paginate: paginate; }"
				+ "thead { display: table-header-group; }"
				+ "caption { text-align: right; font-size: 10.5pt; }"
				+ "th, td { border: 0.5pt solid #000; padding: 2pt 3pt; }"
				+ "thead th { text-align: center; font-family: 'SimHei', " + song + "; font-weight: normal; }"
				+ "tr { page-break-inside: avoid; } td.n { text-align: right; white-space: nowrap; }"
				+ "td.u { text-align: center; white-space: nowrap; }"
				+ "th[scope=row] { text-align: left; font-weight: normal; }"
				+ "tr.heading th { text-align: left; font-family: 'SimHei', " + song + "; font-weight: normal; }"
				+ java.util.stream.IntStream.rangeClosed(1, 100).mapToObj(n -> "col.w" + n + " { width: " + n + "%; }")
						.collect(java.util.stream.Collectors.joining())
				+ "</style></head><body><h1>" + esc(title(view)) + "</h1>" + bodyHtml(view)
				+ "<p class=\"agency\">" + esc(view.agencyName()) + "</p><p class=\"date\">" + esc(date) + "</p>"
				+ "</body></html>";
	}

	/** One section of the table as HTML tables: units stated, section rows, columns sized to their content. */
	public static String tableHtml(ReportTable table, String section) {
		StringBuilder html = new StringBuilder();
		for (Block block : blocks(table, section)) {
			int columns = block.columns().size();
			html.append("<table class=\"grid report-grid\">");
			if (block.unit() != null) {
				html.append("<caption>单位：").append(esc(block.unit())).append("</caption>");
			}
			html.append("<colgroup>");
			for (int percent : widths(block)) {
				html.append("<col class=\"w").append(percent).append("\"/>");
			}
			html.append("</colgroup><thead><tr>");
			block.columns().forEach(c -> html.append("<th scope=\"col\">").append(esc(c)).append("</th>"));
			html.append("</tr></thead><tbody>");
			for (Line line : block.lines()) {
				if (line instanceof Heading h) {
					html.append("<tr class=\"heading\"><th scope=\"rowgroup\" colspan=\"").append(columns).append("\">")
							.append(esc(h.text())).append("</th></tr>");
				}
				else if (line instanceof Data d) {
					html.append("<tr><th scope=\"row\">").append(esc(d.label())).append("</th>");
					if (block.unitColumn()) {
						html.append("<td class=\"u\">").append(esc(d.unit())).append("</td>");
					}
					d.values().forEach(v -> html.append("<td class=\"n\">").append(esc(v)).append("</td>"));
					html.append("</tr>");
				}
			}
			html.append("</tbody></table>");
		}
		return html.toString();
	}

	/** Column widths in per cent: the label column wide, the others shared. */
	static int[] widths(Block block) {
		int n = block.columns().size();
		int[] widths = new int[n];
		if (block.unitColumn()) {
			return new int[] { 70, 12, 18 };
		}
		int first = n <= 4 ? 40 : n <= 6 ? 34 : 28;
		widths[0] = first;
		for (int i = 1; i < n; i++) {
			widths[i] = (100 - first) / (n - 1);
		}
		widths[0] = 100 - (100 - first) / (n - 1) * (n - 1);
		return widths;
	}

	/** The Word faces of 公文 (GB/T 9704-2012), as Chinese offices have them installed. */
	static final String TITLE_FONT = "方正小标宋简体";
	static final String BODY_FONT = "仿宋";
	static final String HEADING_FONT = "黑体";
	static final String LEAD_FONT = "楷体";
	static final String PAGE_NUMBER_FONT = "宋体";

	/** Twentieths of a point in a millimetre. */
	private static int mm(double mm) {
		return (int) Math.round(mm * 1440 / 25.4);
	}

	/** The exact line pitch of 22 lines in the 225 mm text block, in twentieths of a point. */
	static final int LINE_PITCH = mm(225.0 / 22);

	/**
	 * The report as Word in 公文 layout (GB/T 9704-2012): A4, 天头 37 mm, 订口 28 mm, text block 156 × 225 mm
	 * at 22 lines; title 二号 方正小标宋; body 三号 仿宋 with a two-character indent; headings 一、 in 黑体 and
	 * （一） leads in 楷体; page numbers “— 1 —” in 四号 宋体, right on odd pages and left on even ones; tables
	 * with their units, section rows, header rows repeated on each page and column widths for the content.
	 */
	public static byte[] docx(AnnualReports.View view, String date) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			pageSetup(doc);
			XWPFParagraph title = doc.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			title.setSpacingAfter(LINE_PITCH);
			run(title, title(view), 22, TITLE_FONT);
			for (ReportNarrative.Section section : view.sections()) {
				if (!section.title().isEmpty()) {
					XWPFParagraph heading = body(doc);
					run(heading, section.title(), 16, HEADING_FONT);
				}
				for (String paragraph : view.rendered(section).split("\\n+")) {
					if (!paragraph.isBlank()) {
						XWPFParagraph p = body(doc);
						var lead = LEAD.matcher(paragraph.strip());
						if (lead.find()) {
							run(p, lead.group(1), 16, LEAD_FONT);
							run(p, paragraph.strip().substring(lead.end()), 16, BODY_FONT);
						}
						else {
							run(p, paragraph.strip(), 16, BODY_FONT);
						}
					}
				}
				if (!section.table().isEmpty()) {
					for (Block block : blocks(view.table(), section.table())) {
						table(doc, block);
					}
				}
			}
			XWPFParagraph agency = body(doc);
			agency.setAlignment(ParagraphAlignment.RIGHT);
			agency.setIndentationFirstLine(0);
			agency.setIndentationRight(mm(4 * 5.6));
			agency.setSpacingBefore(LINE_PITCH);
			run(agency, view.agencyName(), 16, BODY_FONT);
			XWPFParagraph when = body(doc);
			when.setAlignment(ParagraphAlignment.RIGHT);
			when.setIndentationFirstLine(0);
			when.setIndentationRight(mm(4 * 5.6));
			run(when, date, 16, BODY_FONT);
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void pageSetup(XWPFDocument doc) {
		var body = doc.getDocument().getBody();
		var section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
		var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(java.math.BigInteger.valueOf(11906));
		size.setH(java.math.BigInteger.valueOf(16838));
		var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(java.math.BigInteger.valueOf(mm(37)));
		margins.setLeft(java.math.BigInteger.valueOf(mm(28)));
		margins.setRight(java.math.BigInteger.valueOf(mm(26)));
		margins.setBottom(java.math.BigInteger.valueOf(mm(35)));
		margins.setHeader(java.math.BigInteger.valueOf(mm(15)));
		// the number's top 7 mm below the text block: 35 − 7 − the height of a 14 pt line (≈ 5 mm)
		margins.setFooter(java.math.BigInteger.valueOf(mm(23)));
		margins.setGutter(java.math.BigInteger.ZERO);
		var grid = section.isSetDocGrid() ? section.getDocGrid() : section.addNewDocGrid();
		grid.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid.LINES);
		grid.setLinePitch(java.math.BigInteger.valueOf(LINE_PITCH));
		doc.setEvenAndOddHeadings(true);
		var policy = doc.createHeaderFooterPolicy();
		pageNumber(policy.createFooter(org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy.DEFAULT), ParagraphAlignment.RIGHT);
		pageNumber(policy.createFooter(org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy.EVEN), ParagraphAlignment.LEFT);
	}

	/** “— n —” in 四号 宋体, one character from the outer edge. */
	private static void pageNumber(org.apache.poi.xwpf.usermodel.XWPFFooter footer, ParagraphAlignment alignment) {
		XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
		p.setAlignment(alignment);
		if (alignment == ParagraphAlignment.RIGHT) {
			p.setIndentationRight(280);
		}
		else {
			p.setIndentationLeft(280);
		}
		run(p, "— ", 14, PAGE_NUMBER_FONT);
		var field = p.getCTP().addNewFldSimple();
		field.setInstr(" PAGE ");
		var number = field.addNewR();
		number.addNewT().setStringValue("1");
		var props = number.addNewRPr();
		props.addNewSz().setVal(java.math.BigInteger.valueOf(28));
		var fonts = props.addNewRFonts();
		fonts.setAscii(PAGE_NUMBER_FONT);
		fonts.setHAnsi(PAGE_NUMBER_FONT);
		fonts.setEastAsia(PAGE_NUMBER_FONT);
		run(p, " —", 14, PAGE_NUMBER_FONT);
	}

	/** A body paragraph: two characters indented, the line pitch of the grid. */
	private static XWPFParagraph body(XWPFDocument doc) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setIndentationFirstLine(640);
		p.setSpacingBetween(LINE_PITCH / 20.0, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
		p.setSpacingAfter(0);
		return p;
	}

	private static void table(XWPFDocument doc, Block block) {
		if (block.unit() != null) {
			XWPFParagraph unit = doc.createParagraph();
			unit.setAlignment(ParagraphAlignment.RIGHT);
			run(unit, "单位：" + block.unit(), 10.5, BODY_FONT);
		}
		int columns = block.columns().size();
		XWPFTable table = doc.createTable(1, columns);
		table.setWidth("100%");
		int[] percent = widths(block);
		int textWidth = mm(156);
		var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
		for (int i = 0; i < columns; i++) {
			int width = textWidth * percent[i] / 100;
			if (i < grid.sizeOfGridColArray()) {
				grid.getGridColArray(i).setW(java.math.BigInteger.valueOf(width));
			}
			else {
				grid.addNewGridCol().setW(java.math.BigInteger.valueOf(width));
			}
			table.getRow(0).getCell(i).setWidth(String.valueOf(width));
		}
		var properties = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr() : table.getCTTbl().addNewTblPr();
		properties.addNewTblLayout()
				.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
		var header = table.getRow(0);
		header.setRepeatHeader(true);
		for (int i = 0; i < columns; i++) {
			cell(header.getCell(i), block.columns().get(i), ParagraphAlignment.CENTER, HEADING_FONT);
		}
		for (Line line : block.lines()) {
			var row = table.createRow();
			row.setCantSplitRow(true);
			if (line instanceof Heading h) {
				cell(row.getCell(0), h.text(), ParagraphAlignment.LEFT, HEADING_FONT);
				var span = row.getCell(0).getCTTc().addNewTcPr().addNewGridSpan();
				span.setVal(java.math.BigInteger.valueOf(columns));
				while (row.getTableCells().size() > 1) {
					row.removeCell(1);
				}
			}
			else if (line instanceof Data d) {
				cell(row.getCell(0), d.label(), ParagraphAlignment.LEFT, BODY_FONT);
				int c = 1;
				if (block.unitColumn()) {
					cell(row.getCell(c++), d.unit(), ParagraphAlignment.CENTER, BODY_FONT);
				}
				for (String value : d.values()) {
					cell(row.getCell(c++), value, ParagraphAlignment.RIGHT, BODY_FONT);
				}
			}
		}
		doc.createParagraph();
	}

	private static void cell(org.apache.poi.xwpf.usermodel.XWPFTableCell cell, String text, ParagraphAlignment alignment,
			String font) {
		XWPFParagraph p = cell.getParagraphs().get(0);
		p.setAlignment(alignment);
		run(p, text, 10.5, font);
	}

	private static void run(XWPFParagraph paragraph, String text, double size, String font) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(font);
		run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
		run.setFontSize(size);
		run.setText(text);
	}

	/** The table as Excel, one sheet per section, with the official merged headers. */
	public static byte[] xlsx(AnnualReports.View view) {
		ReportTable table = view.table();
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle style = book.createCellStyle();
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setAlignment(HorizontalAlignment.CENTER);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			style.setWrapText(true);
			if (table.format() == sunshine.reporting.table.ReportFormat.ERA_2008) {
				Sheet sheet = book.createSheet("统计表");
				header(sheet, style, 0, "统计指标", "单位", "统计数");
				int r = 1;
				for (ReportRow row : table.layout().rows()) {
					if (HEADINGS_2008.containsKey(row.id())) {
						sheet.createRow(r++).createCell(0).setCellValue(HEADINGS_2008.get(row.id()));
					}
					line(sheet, r++, row.label(), row.unit(), java.util.Collections.singletonList(table.value(row.id())));
				}
				sheet.setColumnWidth(0, 60 * 256);
			}
			else {
				Sheet two = book.createSheet("二、主动公开政府信息情况");
				int r = 0;
				List<String> columns = null;
				for (ReportRow row : table.layout().section("二")) {
					if (!row.columns().equals(columns)) {
						columns = row.columns();
						List<String> head = new ArrayList<>();
						head.add("第二十条 " + row.group());
						head.addAll(columns);
						header(two, style, r++, head.toArray(String[]::new));
					}
					line(two, r++, row.label(), null, row.columns().stream().map(c -> table.value(row.id(), c)).toList());
				}
				two.setColumnWidth(0, 30 * 256);
				Sheet three = book.createSheet("三、收到和处理政府信息公开申请情况");
				// the official header: 申请人情况 over 自然人 | 法人或其他组织 (五类) | 总计
				header(three, style, 0, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "", "", "", "", "", "");
				header(three, style, 1, "", "自然人", "法人或其他组织", "", "", "", "", "总计");
				header(three, style, 2, "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "");
				three.addMergedRegion(new CellRangeAddress(0, 2, 0, 0));
				three.addMergedRegion(new CellRangeAddress(0, 0, 1, 7));
				three.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
				three.addMergedRegion(new CellRangeAddress(1, 1, 2, 6));
				three.addMergedRegion(new CellRangeAddress(1, 2, 7, 7));
				r = 3;
				for (ReportRow row : table.layout().section("三")) {
					String label = row.group().isEmpty() || row.group().startsWith("三、") && !row.id().startsWith("R")
							? row.label() : row.group() + " " + row.label();
					line(three, r++, label, null,
							ReportLayout.APPLICANT_COLUMNS.stream().map(c -> table.value(row.id(), c)).toList());
				}
				three.setColumnWidth(0, 50 * 256);
				Sheet four = book.createSheet("四、行政复议、行政诉讼情况");
				List<String> results = ReportLayout.RESULT_COLUMNS;
				String[] top = new String[15];
				String[] middle = new String[15];
				String[] bottom = new String[15];
				java.util.Arrays.fill(top, "");
				java.util.Arrays.fill(middle, "");
				java.util.Arrays.fill(bottom, "");
				top[0] = "行政复议";
				top[5] = "行政诉讼";
				middle[5] = "未经复议直接起诉";
				middle[10] = "复议后起诉";
				for (int i = 0; i < 5; i++) {
					middle[i] = results.get(i);
					bottom[5 + i] = results.get(i);
					bottom[10 + i] = results.get(i);
				}
				header(four, style, 0, top);
				header(four, style, 1, middle);
				header(four, style, 2, bottom);
				four.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
				four.addMergedRegion(new CellRangeAddress(0, 0, 5, 14));
				for (int i = 0; i < 5; i++) {
					four.addMergedRegion(new CellRangeAddress(1, 2, i, i));
				}
				four.addMergedRegion(new CellRangeAddress(1, 1, 5, 9));
				four.addMergedRegion(new CellRangeAddress(1, 1, 10, 14));
				Row values = four.createRow(3);
				int c = 0;
				for (String id : List.of("REVIEW", "LITIGATION_DIRECT", "LITIGATION_AFTER_REVIEW")) {
					for (String column : results) {
						BigDecimal v = table.value(id, column);
						if (v != null) {
							values.createCell(c).setCellValue(v.doubleValue());
						}
						c++;
					}
				}
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void header(Sheet sheet, CellStyle style, int r, String... texts) {
		Row row = sheet.createRow(r);
		for (int i = 0; i < texts.length; i++) {
			var cell = row.createCell(i);
			cell.setCellValue(texts[i]);
			cell.setCellStyle(style);
		}
	}

	private static void line(Sheet sheet, int r, String label, String unit, List<BigDecimal> values) {
		Row row = sheet.createRow(r);
		row.createCell(0).setCellValue(label);
		int c = 1;
		if (unit != null) {
			row.createCell(c++).setCellValue(unit);
		}
		for (BigDecimal v : values) {
			var cell = row.createCell(c++);
			if (v != null) {
				cell.setCellValue(v.doubleValue());
			}
		}
	}

	private static String text(BigDecimal value) {
		return value == null ? "—" : ReportTable.number(value).toString();
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
