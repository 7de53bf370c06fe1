/**
 * The annual report on government-information disclosure (政府信息公开工作年度报告).
 *
 * <p>What this module holds today (issue 7, import and check of published reports):
 * <ul>
 * <li>The statistics table of each format era — {@link sunshine.reporting.ReportFormat} (2008 / 2019 trial /
 * 2021) and {@link sunshine.reporting.ReportLayout}: every row with its stable id, exact official label,
 * unit and columns, as the table endpoint of DESIGN.md names them. Issue 6 (computing the table from
 * the modules' records) reuses these definitions and the linter unchanged.</li>
 * <li>{@link sunshine.reporting.ReportLinter}: the table's arithmetic rules, each with a stable rule id and
 * its source; {@link sunshine.reporting.ProseChecker}: figures in the running text against the table
 * and against themselves.</li>
 * <li>{@link sunshine.reporting.PublishedReportParser}: any text of a published report (tab text, PDF text,
 * OCR Markdown, flattened or cell-per-line web text, HTML) into its table, with the cells it could not
 * read.</li>
 * <li>{@link sunshine.reporting.ReportImports} and the {@link sunshine.reporting.ImportedReport} aggregate: stored
 * imports whose findings a reviewer confirms or dismisses with a reason; {@code POST /api/v1/reports/import},
 * the console page {@code /console/reports/import}, the Excel export of findings.</li>
 * <li>{@link sunshine.reporting.ReportComparison}: an imported table against a computed one, cell by cell.</li>
 * </ul>
 *
 * <p>Issue 6, the report engine:
 * <ul>
 * <li>{@link sunshine.reporting.ReportTables}: the table of an agency and year computed from the reporting views
 * ({@code report_requests_*}, {@code report_disclosure_*}) by {@link sunshine.reporting.TableComputation} (the
 * counting rules, one place), rolled up over the agencies below, every cell traceable to its records;
 * {@code GET /api/v1/reports/{agencyCode}/{year}/table}, the console {@code /console/reporting}.</li>
 * <li>{@link sunshine.reporting.AnnualReport}: the report document with the sections of its era, figures as
 * references to cells ({@link sunshine.reporting.ReportNarrative}), versions, sign-off and publication to the
 * portal's 信息公开年报 column ({@code /reports}); PDF, Word and Excel exports.</li>
 * <li>{@link sunshine.reporting.ImportComparisons}: an imported report against the computed table.</li>
 * </ul>
 *
 * <p>Blank cells, one rule everywhere: a cell that the report leaves blank, or that the parser cannot
 * read, is {@code null} — "not reported" — and is never read as 0. A check that needs a blank cell does
 * not fail; it says that it could not be checked (severity {@code info}, message “无法核对…”).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting 年度报告", allowedDependencies = { "shared", "agency", "documents" })
package sunshine.reporting;
