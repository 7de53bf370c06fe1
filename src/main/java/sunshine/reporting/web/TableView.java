package sunshine.reporting.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import sunshine.reporting.imports.ImportedReport;
import sunshine.reporting.imports.ReportFinding;
import sunshine.reporting.imports.ReportImports;

/**
 * A stored table laid out for a page: consecutive rows with the same columns form one block (section
 * 二's small tables, section 三's applicant grid, section 四), each cell marked when it is unread and
 * each row when a finding involves it.
 */
record TableView(List<Block> blocks) {

	record Block(List<String> columns, List<Line> lines) {
	}

	record Line(String id, String label, String group, String unit, List<CellView> cells, boolean flagged) {
	}

	record CellView(String text, boolean unread) {
	}

	@SuppressWarnings("unchecked")
	static TableView of(ImportedReport report) {
		Set<String> flagged = new HashSet<>();
		for (ReportFinding finding : report.getFindings()) {
			if (!finding.getSeverity().equals("info")) {
				flagged.addAll(finding.getRows());
			}
		}
		List<Block> blocks = new ArrayList<>();
		List<String> columns = null;
		List<Line> lines = null;
		for (Map<String, Object> row : ReportImports.rows(report)) {
			List<String> rowColumns;
			List<CellView> cells = new ArrayList<>();
			if (row.containsKey("values")) {
				Map<String, Object> values = (Map<String, Object>) row.get("values");
				rowColumns = List.copyOf(values.keySet());
				values.values().forEach(v -> cells.add(cell(v)));
			}
			else {
				rowColumns = List.of("value");
				cells.add(cell(row.get("value")));
			}
			if (!rowColumns.equals(columns)) {
				columns = rowColumns;
				lines = new ArrayList<>();
				blocks.add(new Block(columns, lines));
			}
			String id = String.valueOf(row.get("id"));
			lines.add(new Line(id, String.valueOf(row.get("label")), (String) row.getOrDefault("group", ""),
					String.valueOf(row.get("unit")), cells, flagged.contains(id)));
		}
		return new TableView(blocks);
	}

	private static CellView cell(Object value) {
		return value == null ? new CellView("—", true) : new CellView(value.toString(), false);
	}
}
