/**
 * The statistics table of the annual report: definitions and computation.
 *
 * <p>{@link sunshine.reporting.table.ReportFormat} (2008 / 2019 trial / 2021) and
 * {@link sunshine.reporting.table.ReportLayout} give every row of each format era with its stable id, exact
 * official label, unit and columns; {@link sunshine.reporting.table.ReportTable} holds the values of one table.
 * {@link sunshine.reporting.table.ReportTables} computes the table of an agency and year from the reporting views
 * by {@link sunshine.reporting.table.TableComputation} (the counting rules, one place), rolled up over the
 * agencies below, every cell traceable to its records ({@link sunshine.reporting.table.ReportRecords});
 * {@link sunshine.reporting.table.ReportComparison} compares two tables cell by cell.
 *
 * <p>This package depends on nothing else of the module; {@code document} and {@code imports} build on it.
 */
@org.springframework.modulith.NamedInterface("table")
package sunshine.reporting.table;
