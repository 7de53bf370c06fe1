package sunshine.reporting.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import sunshine.reporting.imports.ReportImportQueries.FindingLine;

/** The findings of all imported reports in scope as an Excel workbook (.xlsx), one row per finding. */
public final class FindingsWorkbook {

	/** Column headers, Chinese: the staff who open the file read Chinese. */
	public static final List<String> HEADERS = List.of("导入编号", "来源", "机关", "年度", "格式", "规则", "级别", "说明", "涉及行",
			"列", "表中数值", "另一方数值", "正文语句", "处理状态", "理由", "处理人");

	private FindingsWorkbook() {
	}

	public static byte[] write(List<FindingLine> findings) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("核查发现");
			Font font = workbook.createFont();
			font.setFontName("宋体");
			font.setBold(true);
			CellStyle bold = workbook.createCellStyle();
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int c = 0; c < HEADERS.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(HEADERS.get(c));
				cell.setCellStyle(bold);
			}
			int r = 1;
			for (FindingLine f : findings) {
				Row row = sheet.createRow(r++);
				int c = 0;
				row.createCell(c++).setCellValue(f.importId());
				row.createCell(c++).setCellValue(f.sourceName());
				row.createCell(c++).setCellValue(text(f.reportAgency()));
				if (f.reportingYear() != null) {
					row.createCell(c).setCellValue(f.reportingYear());
				}
				c++;
				row.createCell(c++).setCellValue(f.formatCode());
				row.createCell(c++).setCellValue(f.rule());
				row.createCell(c++).setCellValue(severity(f.severity()));
				row.createCell(c++).setCellValue(f.message());
				row.createCell(c++).setCellValue(f.rowIds());
				row.createCell(c++).setCellValue(text(f.columnLabel()));
				if (f.tableValue() != null) {
					row.createCell(c).setCellValue(f.tableValue().doubleValue());
				}
				c++;
				if (f.otherValue() != null) {
					row.createCell(c).setCellValue(f.otherValue().doubleValue());
				}
				c++;
				row.createCell(c++).setCellValue(text(f.sentence()));
				row.createCell(c++).setCellValue(status(f.status()));
				row.createCell(c++).setCellValue(text(f.statusReason()));
				row.createCell(c).setCellValue(text(f.decidedBy()));
			}
			sheet.createFreezePane(0, 1);
			sheet.setColumnWidth(7, 60 * 256);
			sheet.setColumnWidth(12, 60 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String severity(String code) {
		return switch (code) {
			case "error" -> "错误";
			case "warning" -> "警告";
			default -> "无法核对";
		};
	}

	private static String status(String code) {
		return switch (code) {
			case "CONFIRMED" -> "已确认";
			case "DISMISSED" -> "不予采纳";
			default -> "待处理";
		};
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
