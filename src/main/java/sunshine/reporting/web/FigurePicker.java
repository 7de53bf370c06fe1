package sunshine.reporting.web;

import java.util.ArrayList;
import java.util.List;

import sunshine.reporting.document.AnnualReports;
import sunshine.reporting.table.ReportRow;
import sunshine.reporting.table.ReportTable;

/**
 * The report editor's figure picker: every figure the text may cite — the live figures beyond the table
 * (message board, petitions, registers, year-on-year) and every cell of the table — by its Chinese label
 * with its value now, so that no one types a {@code {{…}}} reference by hand.
 */
record FigurePicker(List<Group> groups) {

	record Group(String label, List<Option> options) {
	}

	/** One figure: the reference inserted, and “label：value unit” shown. */
	record Option(String reference, String label) {
	}

	static FigurePicker of(AnnualReports.View view) {
		List<Group> groups = new ArrayList<>();
		List<Option> live = new ArrayList<>();
		view.liveFigures().forEach(f -> live.add(new Option(f.reference(),
				f.label() + "：" + ReportTable.number(f.value()) + ("%".equals(f.unit()) ? "%" : " " + f.unit()))));
		view.figures().forEach((key, value) -> {
			if (key.startsWith("FEE.") && view.report().getReportingYear() >= 2021) {
				live.add(new Option("{{" + key + "}}", "信息处理费" + key.substring(4) + "：" + ReportTable.number(value)));
			}
		});
		groups.add(new Group("统计表以外的数字", live));
		ReportTable table = view.table();
		String section = null;
		List<Option> cells = null;
		for (ReportRow row : table.layout().rows()) {
			if (!row.section().equals(section)) {
				section = row.section();
				cells = new ArrayList<>();
				groups.add(new Group("2008".equals(section) ? "统计表" : "统计表第" + section + "部分", cells));
			}
			String name = row.group().isEmpty() || row.singleValue() ? row.label() : row.group() + " " + row.label();
			for (String column : row.columns()) {
				var value = table.value(row.id(), column);
				String shown = value == null ? "—" : ReportTable.number(value).toString();
				if (row.singleValue()) {
					cells.add(new Option("{{" + row.id() + "}}", name + "：" + shown + " " + row.unit()));
				}
				else {
					cells.add(new Option("{{" + row.id() + "." + column + "}}", name + "（" + column + "）：" + shown));
				}
			}
		}
		return new FigurePicker(groups);
	}
}
