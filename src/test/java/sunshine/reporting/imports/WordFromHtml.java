package sunshine.reporting.imports;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A test's web page as the Word document an agency would have made of it: paragraphs, and tables
 * whose merged cells are Word's (a column span is a grid span; a row span is a cell merged down,
 * with a continuing cell in each row below, as Word stores it).
 */
final class WordFromHtml {

	private WordFromHtml() {
	}

	static byte[] docx(String html) throws Exception {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (Element element : Jsoup.parse(html).body().children()) {
				if (element.tagName().equals("table")) {
					table(document, element);
				}
				else {
					document.createParagraph().createRun().setText(element.text());
				}
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	private static void table(XWPFDocument document, Element html) {
		XWPFTable table = document.createTable();
		table.removeRow(0);
		Map<Integer, int[]> downFrom = new HashMap<>(); // grid column → {rows left, span}
		for (Element tr : html.select("tr")) {
			XWPFTableRow row = table.createRow();
			while (!row.getTableCells().isEmpty()) {
				row.removeCell(0);
			}
			List<Element> cells = new ArrayList<>(tr.select("> td, > th"));
			int column = 0;
			int next = 0;
			while (next < cells.size() || downFrom.containsKey(column)) {
				int[] merged = downFrom.get(column);
				if (merged != null) {
					XWPFTableCell continuing = row.addNewTableCell();
					var properties = continuing.getCTTc().addNewTcPr();
					properties.addNewVMerge(); // no value: continues the cell above
					if (merged[1] > 1) {
						properties.addNewGridSpan().setVal(BigInteger.valueOf(merged[1]));
					}
					if (--merged[0] == 0) {
						downFrom.remove(column);
					}
					column += merged[1];
					continue;
				}
				Element td = cells.get(next++);
				int span = number(td.attr("colspan"));
				int rows = number(td.attr("rowspan"));
				XWPFTableCell cell = row.addNewTableCell();
				cell.setText(td.text());
				var properties = cell.getCTTc().addNewTcPr();
				if (span > 1) {
					properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
				}
				if (rows > 1) {
					properties.addNewVMerge().setVal(STMerge.RESTART);
					downFrom.put(column, new int[] { rows - 1, span });
				}
				column += span;
			}
		}
	}

	private static int number(String attribute) {
		return attribute.isBlank() ? 1 : Integer.parseInt(attribute.strip());
	}
}
