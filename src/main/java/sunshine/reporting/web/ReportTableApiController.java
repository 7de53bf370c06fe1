package sunshine.reporting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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

	@GetMapping("/api/v1/reports/{agencyCode}/{year}/table")
	Map<String, Object> table(@PathVariable String agencyCode, @PathVariable int year,
			@RequestParam(defaultValue = "false") boolean rollup, @AuthenticationPrincipal StaffUser user) {
		checkYear(year);
		Agency agency = tables.agencyInScope(agencyCode, user);
		TableComputation.Computed computed = rollup ? tables.rollupTable(agency.getId(), year)
				: tables.table(agency.getId(), year);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("agency", agency.getCode());
		body.put("agencyName", agency.getName());
		body.put("year", year);
		body.put("format", computed.table().format().code());
		body.put("rollup", rollup);
		body.put("rows", computed.table().rowsAsJson());
		TableComputation.Computed previous = year > ReportTableApiController.FIRST_YEAR
				? (rollup ? tables.rollupTable(agency.getId(), year - 1) : tables.table(agency.getId(), year - 1)) : null;
		body.put("findings", ComputedTableChecks.check(computed.table(), previous == null ? null : previous.table()));
		return body;
	}

	@GetMapping("/api/v1/reports/{agencyCode}/{year}/table/cells/{rowId}")
	Map<String, Object> cell(@PathVariable String agencyCode, @PathVariable int year, @PathVariable String rowId,
			@RequestParam(defaultValue = "value") String column, @RequestParam(defaultValue = "false") boolean rollup,
			@AuthenticationPrincipal StaffUser user) {
		checkYear(year);
		Agency agency = tables.agencyInScope(agencyCode, user);
		TableComputation.Computed computed = rollup ? tables.rollup(agency.getId(), year)
				: tables.compute(agency.getId(), year);
		if (computed.table().layout().row(rowId).filter(r -> r.columns().contains(column)).isEmpty()) {
			throw new IllegalArgumentException("reporting.table.unknownCell");
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("agency", agency.getCode());
		body.put("year", year);
		body.put("row", rowId);
		body.put("column", column);
		body.put("value", sunshine.reporting.table.ReportTable.number(computed.table().value(rowId, column)));
		List<String> records = computed.recordsOf(rowId, column);
		body.put("records", records);
		return body;
	}

	/** An imported report against the computed table of the same agency and year, cell by cell. */
	@GetMapping("/api/v1/reports/imports/{id}/comparison")
	Map<String, Object> comparison(@PathVariable long id, @AuthenticationPrincipal StaffUser user) {
		ImportComparisons.Comparison comparison = comparisons.compare(id, user);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("import", id);
		body.put("agency", comparison.agency().getCode());
		body.put("year", comparison.year());
		body.put("format", comparison.format());
		body.put("differences", comparison.differences().stream().map(d -> {
			Map<String, Object> cell = new LinkedHashMap<>();
			cell.put("row", d.row());
			cell.put("label", d.label());
			cell.put("column", d.column());
			cell.put("published", sunshine.reporting.table.ReportTable.number(d.published()));
			cell.put("computed", sunshine.reporting.table.ReportTable.number(d.computed()));
			return cell;
		}).toList());
		return body;
	}

	private static void checkYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new IllegalArgumentException("reporting.table.year");
		}
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, Object>> badInput(IllegalArgumentException e, Locale locale) {
		return ResponseEntity.badRequest().body(error(text(e.getMessage(), locale)));
	}

	@ExceptionHandler(ReportTables.UnknownAgencyException.class)
	ResponseEntity<Map<String, Object>> unknown(ReportTables.UnknownAgencyException e, Locale locale) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(error(text(e.getMessage(), locale)));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Map<String, Object>> forbidden(AccessDeniedException e, Locale locale) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(error(text(e.getMessage(), locale)));
	}

	/** The module's own reason in the caller's language; anything else (a parser's English text) as the general one. */
	private String text(String key, Locale locale) {
		String known = key == null || !key.startsWith("reporting.") ? null : messages.getMessage(key, null, null, locale);
		return known != null ? known : messages.getMessage("reporting.error", null, locale);
	}

	/** {@code error} carries the message, as it always has; {@code message} and {@code fields} as on every other route. */
	private static Map<String, Object> error(String message) {
		var body = new java.util.LinkedHashMap<String, Object>();
		body.put("error", message);
		body.put("message", message);
		body.put("fields", java.util.List.of());
		return body;
	}
}
