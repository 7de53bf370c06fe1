package sunshine.reporting.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * A published report read and checked: what the parser found and everything the table linter and the
 * prose checker say about it. The body of {@code POST /api/v1/reports/import}.
 */
public record ReportCheck(ParsedReport report, List<Finding> findings) {

	public ReportCheck {
		findings = List.copyOf(findings);
	}

	/** Parses and lints one report given as text or HTML. */
	public static ReportCheck of(String source) {
		ParsedReport report = new PublishedReportParser().parse(source);
		List<Finding> findings = new ArrayList<>(new ReportLinter().lint(report.table()));
		findings.addAll(new ProseChecker().check(report.table(), report.prose()));
		return new ReportCheck(report, findings);
	}

	/** The findings that say something is wrong (errors and warnings, not the unchecked notes). */
	public List<Finding> problems() {
		return findings.stream().filter(f -> f.severity() != Finding.Severity.INFO).toList();
	}
}
