/**
 * The annual report as a document: {@link sunshine.reporting.document.AnnualReport} with the sections of its era,
 * figures as references to table cells ({@link sunshine.reporting.document.ReportNarrative}), versions, sign-off
 * and publication to the portal's 信息公开年报 column; the PDF, Word and Excel exports
 * ({@link sunshine.reporting.document.ReportDocumentExports}). {@link sunshine.reporting.document.AnnualReports}
 * is the service other modules call.
 *
 * <p>Builds on {@code table} (the figures) and {@code imports} (the checks of the running text).
 */
@org.springframework.modulith.NamedInterface("document")
package sunshine.reporting.document;
