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
		return view.agency().getName() + view.report().getReportingYear() + "年政府信息公开工作年度报告";
	}

	/** The date under the agency: the sign-off date, else today's draft. */
	public static String date(AnnualReports.View view, java.time.Clock clock) {
		var when = view.report().getSignedAt() != null ? view.report().getSignedAt() : clock.instant();
		return CHINESE_DATE.format(when.atZone(ZoneId.of("Asia/Shanghai")));
	}

	/** The body: sections with their rendered text and tables (escaped; no styles, no scripts). */
	public static String bodyHtml(AnnualReports.View view) {
		StringBuilder html = new StringBuilder();
		for (ReportNarrative.Section section : view.sections()) {
			html.append("<section class=\"report-section\"><h2>").append(esc(section.title())).append("</h2>");
			for (String paragraph : view.rendered(section).split("\\n+")) {
				if (!paragraph.isBlank()) {
					html.append("<p>").append(esc(paragraph.strip())).append("</p>");
				}
			}
			if (!section.table().isEmpty()) {
				html.append(tableHtml(view.table(), section.table()));
			}
			html.append("</section>");
		}
		return html.toString();
	}

	/** The whole document as HTML for the PDF renderer. */
	public static String pdfHtml(AnnualReports.View view, String date, String fontFamily) {
		return "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><title>" + esc(title(view)) + "</title><style>"
				+ "@page { size: A4; margin: 37mm 26mm 35mm 28mm; @bottom-center { content: \"— \" counter(page) \" —\";"
				+ " font-family: '" + fontFamily + "'; font-size: 14pt; } }"
				+ "body { font-family: '" + fontFamily + "'; font-size: 16pt; line-height: 1.6; }"
				+ "h1 { font-size: 22pt; text-align: center; font-weight: normal; margin: 0 0 12pt 0; }"
				+ "h2 { font-size: 16pt; margin: 12pt 0 6pt 0; }"
				+ "p { text-indent: 2em; margin: 0 0 6pt 0; }"
				+ "p.agency, p.date { text-align: right; text-indent: 0; }"
				+ "table { border-collapse: collapse; width: 100%; font-size: 9pt; line-height: 1.3; margin: 6pt 0; }"
				+ "th, td { border: 0.5pt solid #000; padding: 2pt; }"
				+ "tr { page-break-inside: avoid; } td.n { text-align: right; } th[scope=row] { width: 34%; text-align: left; font-weight: normal; }"
				+ "</style></head><body><h1>" + esc(title(view)) + "</h1>" + bodyHtml(view)
				+ "<p class=\"agency\">" + esc(view.agency().getName()) + "</p><p class=\"date\">" + esc(date) + "</p>"
				+ "</body></html>";
	}

	/** One section of the table as an HTML table. */
	public static String tableHtml(ReportTable table, String section) {
		StringBuilder html = new StringBuilder();
		List<ReportRow> rows = table.layout().section(section);
		List<String> columns = null;
		for (ReportRow row : rows) {
			if (!row.columns().equals(columns)) {
				if (columns != null) {
					html.append("</tbody></table>");
				}
				columns = row.columns();
				html.append("<table class=\"grid report-grid\"><thead><tr><th scope=\"col\">统计指标</th>");
				if (row.singleValue()) {
					html.append("<th scope=\"col\">单位</th><th scope=\"col\">统计数</th>");
				}
				else {
					columns.forEach(c -> html.append("<th scope=\"col\">").append(esc(c)).append("</th>"));
				}
				html.append("</tr></thead><tbody>");
			}
			if (row.singleValue() && HEADINGS_2008.containsKey(row.id())) {
				html.append("<tr><th scope=\"row\">").append(esc(HEADINGS_2008.get(row.id())))
						.append("</th><td>—</td><td></td></tr>");
			}
			html.append("<tr><th scope=\"row\">");
			if (!row.group().isEmpty() && !row.singleValue()) {
				html.append(esc(row.group())).append(" ");
			}
			html.append(esc(row.label())).append("</th>");
			if (row.singleValue()) {
				html.append("<td>").append(esc(row.unit())).append("</td>");
			}
			for (String column : row.columns()) {
				html.append("<td class=\"n\">").append(esc(text(table.value(row.id(), column)))).append("</td>");
			}
			html.append("</tr>");
		}
		if (columns != null) {
			html.append("</tbody></table>");
		}
		return html.toString();
	}

	/** The report as Word: title, sections, tables, agency and date. */
	public static byte[] docx(AnnualReports.View view, String date) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFParagraph title = doc.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			run(title, title(view), 22, true);
			for (ReportNarrative.Section section : view.sections()) {
				run(doc.createParagraph(), section.title(), 16, true);
				for (String paragraph : view.rendered(section).split("\\n+")) {
					if (!paragraph.isBlank()) {
						XWPFParagraph p = doc.createParagraph();
						p.setIndentationFirstLine(640);
						run(p, paragraph.strip(), 16, false);
					}
				}
				if (!section.table().isEmpty()) {
					XWPFTable t = null;
					List<String> columns = null;
					for (ReportRow row : view.table().layout().section(section.table())) {
						if (t == null || !row.columns().equals(columns)) {
							columns = row.columns();
							t = newTable(doc, row);
						}
						var line = t.createRow();
						line.getCell(0).setText(row.label());
						int i = 1;
						for (String column : row.columns()) {
							line.getCell(i++).setText(text(view.table().value(row.id(), column)));
						}
					}
				}
			}
			XWPFParagraph agency = doc.createParagraph();
			agency.setAlignment(ParagraphAlignment.RIGHT);
			run(agency, view.agency().getName(), 16, false);
			XWPFParagraph when = doc.createParagraph();
			when.setAlignment(ParagraphAlignment.RIGHT);
			run(when, date, 16, false);
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static XWPFTable newTable(XWPFDocument doc, ReportRow first) {
		XWPFTable table = doc.createTable();
		var header = table.getRow(0);
		header.getCell(0).setText("统计指标");
		List<String> columns = first.singleValue() ? List.of("统计数") : first.columns();
		for (String column : columns) {
			header.addNewTableCell().setText(column);
		}
		return table;
	}

	private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily("仿宋");
		run.setFontSize(size);
		run.setBold(bold);
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
