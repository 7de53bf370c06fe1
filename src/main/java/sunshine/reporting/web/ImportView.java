package sunshine.reporting.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import sunshine.reporting.imports.ImportedReport;
import sunshine.reporting.imports.ReportFinding;
import sunshine.reporting.imports.ReportImports;

/**
 * An imported report as the API shows it: the table endpoint's shape ({@code rows}, as stored when the
 * report was read) plus unread cells and findings.
 */
record ImportView(long id, String source, String agency, String agencyCode, Integer year, String format, boolean mixed,
		List<Map<String, Object>> rows, List<Map<String, Object>> unread, List<FindingView> findings) {

	/** A finding of the linter and the reviewer's decision ({@code status}: open, confirmed, dismissed). */
	record FindingView(long id, String rule, String severity, String message, List<String> rows, String column,
			Number tableValue, Number otherValue, String sentence, String status, String reason) {

		static FindingView of(ReportFinding finding) {
			return new FindingView(finding.getId(), finding.getRule(), finding.getSeverity(), finding.getMessage(),
					finding.getRows(), finding.getColumnLabel(), finding.getTableValue(), finding.getOtherValue(),
					finding.getSentence(), finding.getStatus().name().toLowerCase(Locale.ROOT), finding.getStatusReason());
		}
	}

	static ImportView of(ImportedReport report) {
		return new ImportView(report.getId(), report.getSourceName(), report.getReportAgency(), report.getReportAgencyCode(),
				report.getReportingYear(), report.getFormatCode(), report.isMixedFormat(), ReportImports.rows(report),
				ReportImports.unread(report), report.getFindings().stream().map(FindingView::of).toList());
	}
}
