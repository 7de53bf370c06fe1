package sunshine.reporting.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import sunshine.reporting.imports.ImportedReport;
import sunshine.reporting.imports.ReportFinding;
import sunshine.reporting.imports.ReportImports;

/** An imported report as the API shows it: the table endpoint's shape plus unread cells and findings. */
final class ImportView {

	private ImportView() {
	}

	static Map<String, Object> of(ImportedReport report) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", report.getId());
		body.put("source", report.getSourceName());
		body.put("agency", report.getReportAgency());
		body.put("agencyCode", report.getReportAgencyCode());
		body.put("year", report.getReportingYear());
		body.put("format", report.getFormatCode());
		body.put("mixed", report.isMixedFormat());
		body.put("rows", ReportImports.rows(report));
		body.put("unread", ReportImports.unread(report));
		List<Map<String, Object>> findings = new ArrayList<>();
		for (ReportFinding finding : report.getFindings()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("id", finding.getId());
			json.put("rule", finding.getRule());
			json.put("severity", finding.getSeverity());
			json.put("message", finding.getMessage());
			json.put("rows", finding.getRows());
			json.put("column", finding.getColumnLabel());
			json.put("tableValue", finding.getTableValue());
			json.put("otherValue", finding.getOtherValue());
			json.put("sentence", finding.getSentence());
			json.put("status", finding.getStatus().name().toLowerCase(java.util.Locale.ROOT));
			json.put("reason", finding.getStatusReason());
			findings.add(json);
		}
		body.put("findings", findings);
		return body;
	}
}
