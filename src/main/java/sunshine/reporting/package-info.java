/**
 * The annual report on government-information disclosure (政府信息公开工作年度报告): the statistics
 * table of each format era ({@link sunshine.reporting.ReportFormat}, {@link sunshine.reporting.ReportLayout}),
 * the linter that checks a filled table and the prose around it ({@link sunshine.reporting.ReportLinter},
 * {@link sunshine.reporting.ProseChecker}), and the import of reports that agencies have already published
 * ({@link sunshine.reporting.PublishedReportParser}, {@link sunshine.reporting.ReportImports}).
 *
 * <p>Blank cells: a cell that the report leaves blank, or that the parser cannot read, is {@code null}
 * — "not reported" — and is never read as 0. A check that needs a blank cell does not fail; it says
 * that it could not be checked (severity {@code info}).
 *
 * <p>The computation of the table from the other modules' records (issue 6) will reuse the row
 * definitions and the linter of this package unchanged.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting 年度报告", allowedDependencies = { "shared", "agency" })
package sunshine.reporting;
