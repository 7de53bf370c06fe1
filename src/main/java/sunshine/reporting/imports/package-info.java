/**
 * Import and lint of published annual reports.
 *
 * <p>{@link sunshine.reporting.imports.PublishedReportParser} reads any text of a published report (tab text,
 * PDF text, OCR Markdown, flattened or cell-per-line web text, HTML) into its table, with the cells it could not
 * read; {@link sunshine.reporting.imports.ReportLinter} checks a table's arithmetic rules, each with a stable
 * rule id and its source, and {@link sunshine.reporting.imports.ProseChecker} the figures of the running text
 * against the table. {@link sunshine.reporting.imports.ReportImports} stores imports
 * ({@link sunshine.reporting.imports.ImportedReport}) whose findings a reviewer confirms or dismisses;
 * {@link sunshine.reporting.imports.ImportComparisons} sets an import beside the computed table.
 *
 * <p>Builds on {@code table}; the parser's helpers ({@code DigitRuns}, {@code HtmlText}, {@code TableLine})
 * are package-private.
 */
@org.springframework.modulith.NamedInterface("imports")
package sunshine.reporting.imports;
