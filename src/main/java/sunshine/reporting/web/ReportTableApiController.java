package sunshine.reporting.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sunshine.agency.Agency;
import sunshine.agency.StaffUser;
import sunshine.reporting.imports.ComputedTableChecks;
import sunshine.reporting.imports.Finding;
import sunshine.reporting.imports.ImportComparisons;
import sunshine.reporting.table.ReportTables;
import sunshine.reporting.table.TableComputation;

/**
 * {@code GET /api/v1/reports/{agencyCode}/{year}/table}: the statistics table computed from the reporting
 * views, in the era of the year (DESIGN.md "Interfaces"); {@code ?rollup=true} sums the agency and every
 * agency below it. {@code GET …/table/cells/{rowId}?column=} lists the records behind one cell.
 * Staff only; the caller's data scope must include the agency (403 otherwise).
 */
@RestController
class ReportTableApiController {

	static final int FIRST_YEAR = 2008;
	static final int LAST_YEAR = 2100;

	private final ReportTables tables;
	private final ImportComparisons comparisons;
	private final MessageSource messages;

	ReportTableApiController(ReportTables tables, ImportComparisons comparisons, MessageSource messages) {
		this.tables = tables;
		this.comparisons = comparisons;
		this.messages = messages;
	}

	/** A computed table: its rows in the layout of the year's format, and what the checks found in it. */
	record TableBody(String agency, String agencyName, int year, String format, boolean rollup,
			List<Map<String, Object>> rows, List<Finding> findings) {
	}

	@GetMapping("/api/v1/reports/{agencyCode}/{year}/table")
	TableBody table(@PathVariable String agencyCode, @PathVariable int year,
			@RequestParam(defaultValue = "false") boolean rollup, @AuthenticationPrincipal StaffUser user) {
		checkYear(year);
		Agency agency = tables.agencyInScope(agencyCode, user);
		TableComputation.Computed computed = rollup ? tables.rollupTable(agency.getId(), year)
				: tables.table(agency.getId(), year);
		TableComputation.Computed previous = year > ReportTableApiController.FIRST_YEAR
				? (rollup ? tables.rollupTable(agency.getId(), year - 1) : tables.table(agency.getId(), year - 1)) : null;
		return new TableBody(agency.getCode(), agency.getName(), year, computed.table().format().code(), rollup,
				computed.table().rowsAsJson(),
				ComputedTableChecks.check(computed.table(), previous == null ? null : previous.table()));
	}

	/** One cell and the records counted in it (drill-down). */
	record CellBody(String agency, int year, String row, String column, Number value, List<String> records) {
	}

	@GetMapping("/api/v1/reports/{agencyCode}/{year}/table/cells/{rowId}")
	CellBody cell(@PathVariable String agencyCode, @PathVariable int year, @PathVariable String rowId,
			@RequestParam(defaultValue = "value") String column, @RequestParam(defaultValue = "false") boolean rollup,
			@AuthenticationPrincipal StaffUser user) {
		checkYear(year);
		Agency agency = tables.agencyInScope(agencyCode, user);
		TableComputation.Computed computed = rollup ? tables.rollup(agency.getId(), year)
				: tables.compute(agency.getId(), year);
		if (computed.table().layout().row(rowId).filter(r -> r.columns().contains(column)).isEmpty()) {
			throw new IllegalArgumentException("reporting.table.unknownCell");
		}
		return new CellBody(agency.getCode(), year, rowId, column,
				sunshine.reporting.table.ReportTable.number(computed.table().value(rowId, column)),
				computed.recordsOf(rowId, column));
	}

	/** An imported report against the computed table of the same agency and year. */
	record ComparisonBody(@com.fasterxml.jackson.annotation.JsonProperty("import") long importId, String agency, int year,
			String format, List<Difference> differences) {
	}

	/** A cell where the published report and the records disagree. */
	record Difference(String row, String label, String column, Number published, Number computed) {
	}

	/** An imported report against the computed table of the same agency and year, cell by cell. */
	@GetMapping("/api/v1/reports/imports/{id}/comparison")
	ComparisonBody comparison(@PathVariable long id, @AuthenticationPrincipal StaffUser user) {
		ImportComparisons.Comparison comparison = comparisons.compare(id, user);
		return new ComparisonBody(id, comparison.agency().getCode(), comparison.year(), comparison.format(),
				comparison.differences().stream().map(d -> new Difference(d.row(), d.label(), d.column(),
						sunshine.reporting.table.ReportTable.number(d.published()),
						sunshine.reporting.table.ReportTable.number(d.computed()))).toList());
	}

	private static void checkYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new IllegalArgumentException("reporting.table.year");
		}
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> badInput(IllegalArgumentException e, Locale locale) {
		return ReportingProblems.of(HttpStatus.BAD_REQUEST, e.getMessage(), messages, locale);
	}

	@ExceptionHandler(ReportTables.UnknownAgencyException.class)
	ResponseEntity<ProblemDetail> unknown(ReportTables.UnknownAgencyException e, Locale locale) {
		return ReportingProblems.of(HttpStatus.NOT_FOUND, e.getMessage(), messages, locale);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, Locale locale) {
		return ReportingProblems.of(HttpStatus.FORBIDDEN, e.getMessage(), messages, locale);
	}
}
