package sunshine.reporting.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import sunshine.reporting.imports.ReportImportQueries.BatchLine;
import sunshine.reporting.imports.ReportSources.Skipped;

/**
 * The summary of a batch import as an Excel workbook (.xlsx): one row per report imported (agency,
 * year, format, cells read and unread, errors and warnings) and, on a second sheet, every file or
 * part not imported with the reason.
 */
public final class BatchWorkbook {

	/** Column headers of the summary sheet, Chinese like the page. */
	public static final List<String> HEADERS = List.of("导入编号", "来源", "机关", "年度", "表格格式", "已读单元格", "未读单元格",
			"错误", "警告");

	private BatchWorkbook() {
	}

	/** {@code label} gives the words for a message key (formats {@code reporting.format.*}, reasons). */
	public static byte[] write(List<BatchLine> lines, List<Skipped> skipped, Function<String, String> label) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Font font = workbook.createFont();
			font.setFontName("宋体");
			font.setBold(true);
			CellStyle bold = workbook.createCellStyle();
			bold.setFont(font);
			Sheet sheet = workbook.createSheet("批量导入汇总");
			header(sheet, HEADERS, bold);
			int r = 1;
			for (BatchLine line : lines) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(line.id());
				row.createCell(1).setCellValue(line.sourceName());
				row.createCell(2).setCellValue(line.reportAgency() == null ? "" : line.reportAgency());
				if (line.reportingYear() != null) {
					row.createCell(3).setCellValue(line.reportingYear());
				}
				row.createCell(4).setCellValue(label.apply("reporting.format." + line.formatCode())
						+ (line.mixedFormat() ? "（" + label.apply("reporting.format.mixed") + "）" : ""));
				row.createCell(5).setCellValue(line.cellCount());
				row.createCell(6).setCellValue(line.unreadCount());
				row.createCell(7).setCellValue(line.errors());
				row.createCell(8).setCellValue(line.warnings());
			}
			sheet.createFreezePane(0, 1);
			sheet.setColumnWidth(1, 40 * 256);
			sheet.setColumnWidth(2, 30 * 256);
			sheet.setColumnWidth(4, 36 * 256);
			Sheet notTaken = workbook.createSheet("未导入");
			header(notTaken, List.of("文件", "原因"), bold);
			r = 1;
			for (Skipped s : skipped) {
				Row row = notTaken.createRow(r++);
				row.createCell(0).setCellValue(s.name());
				row.createCell(1).setCellValue(label.apply(s.reason()));
			}
			notTaken.setColumnWidth(0, 50 * 256);
			notTaken.setColumnWidth(1, 50 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void header(Sheet sheet, List<String> headers, CellStyle bold) {
		Row header = sheet.createRow(0);
		for (int c = 0; c < headers.size(); c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(headers.get(c));
			cell.setCellStyle(bold);
		}
	}
}
