/**
 * The annual report on government-information disclosure (政府信息公开工作年度报告).
 *
 * <p>Three packages, each a named interface other modules may use, layered so that none reaches up:
 * <ul>
 * <li>{@code table} — definitions and computation: the statistics table of each format era
 * ({@link sunshine.reporting.table.ReportFormat}, {@link sunshine.reporting.table.ReportLayout}), the table of an
 * agency and year computed from the modules' reporting views ({@link sunshine.reporting.table.ReportTables},
 * {@link sunshine.reporting.table.TableComputation}, the counting rules in one place), cell-by-cell comparison.
 * Depends on nothing else of the module.</li>
 * <li>{@code imports} — parse and lint: {@link sunshine.reporting.imports.PublishedReportParser} (any text of a
 * published report into its table, with the cells it could not read), {@link sunshine.reporting.imports.ReportLinter}
 * and {@link sunshine.reporting.imports.ProseChecker} (the rules, each with a stable id and its source), stored
 * imports ({@link sunshine.reporting.imports.ReportImports}, {@link sunshine.reporting.imports.ImportedReport})
 * whose findings a reviewer confirms or dismisses, {@code POST /api/v1/reports/import}, the Excel export of
 * findings. Depends on {@code table}.</li>
 * <li>{@code document} — the report document: {@link sunshine.reporting.document.AnnualReport} with the sections
 * of its era, figures as references to cells, versions, sign-off, publication to the portal's 信息公开年报 column,
 * PDF, Word and Excel exports. Depends on {@code table} and on {@code imports} for the checks of its text.</li>
 * </ul>
 * Private to the module: {@code web} (controllers) and {@code internal.persistence} (the repositories, used only
 * by the services of {@code document} and {@code imports}).
 *
 * <p>Blank cells, one rule everywhere: a cell that the report leaves blank, or that the parser cannot
 * read, is {@code null} — "not reported" — and is never read as 0. A check that needs a blank cell does
 * not fail; it says that it could not be checked (severity {@code info}, message “无法核对…”).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting 年度报告", allowedDependencies = { "shared", "agency", "documents" })
package sunshine.reporting;
