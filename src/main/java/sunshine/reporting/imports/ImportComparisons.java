package sunshine.reporting.imports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sunshine.agency.Agency;
import sunshine.agency.AgencyLookup;
import sunshine.agency.StaffUser;
import sunshine.reporting.table.ReportComparison;
import sunshine.reporting.table.ReportFormat;
import sunshine.reporting.table.ReportLayout;
import sunshine.reporting.table.ReportRow;
import sunshine.reporting.table.ReportTable;
import sunshine.reporting.table.ReportTables;

/**
 * An imported report (issue 7's stored imports) against the table Sunshine computes for the same agency
 * and year, cell by cell, with {@link ReportComparison}. The agency is the one the report names (its code
 * as the import resolved it), else the importer's agency.
 */
@Service
@Transactional(readOnly = true)
public class ImportComparisons {

	private final ReportImports imports;
	private final ReportTables tables;
	private final AgencyLookup agencies;

	public ImportComparisons(ReportImports imports, ReportTables tables, AgencyLookup agencies) {
		this.imports = imports;
		this.tables = tables;
		this.agencies = agencies;
	}

	/** The comparison: which import, which agency and year, and the cells that differ. */
	public record Comparison(ImportedReport imported, Agency agency, int year, String format,
			List<ReportComparison.Difference> differences) {
	}

	public Comparison compare(long importId, StaffUser user) {
		ImportedReport imported = imports.get(importId, user);
		if (imported.getReportingYear() == null) {
			throw new IllegalArgumentException("reporting.compare.noYear");
		}
		int year = imported.getReportingYear();
		Agency agency = imported.getReportAgencyCode() != null
				? tables.agencyInScope(imported.getReportAgencyCode(), user)
				: agencies.byId(imported.getAgencyId()).orElseThrow();
		ReportTable published = tableOf(imported);
		if (published.format() != ReportFormat.forYear(year)) {
			throw new IllegalArgumentException("reporting.compare.otherEra");
		}
		ReportTable computed = tables.table(agency.getId(), year).table();
		if (published.layout().mixed()) {
			computed = foldOtherProcessing(computed, published.layout());
		}
		return new Comparison(imported, agency, year, published.format().code(),
				ReportComparison.compare(published, computed));
	}

	/** The stored table of an import as a {@link ReportTable} of its layout. */
	@SuppressWarnings("unchecked")
	public static ReportTable tableOf(ImportedReport imported) {
		ReportLayout layout = ReportLayout.of(ReportFormat.ofCode(imported.getFormatCode()));
		if (imported.isMixedFormat()) {
			layout = layout.withSingleOtherProcessingRow();
		}
		ReportTable table = new ReportTable(layout);
		for (Map<String, Object> row : ReportImports.rows(imported)) {
			String id = String.valueOf(row.get("id"));
			if (layout.row(id).isEmpty()) {
				continue;
			}
			if (row.containsKey("values")) {
				for (Map.Entry<String, Object> cell : ((Map<String, Object>) row.get("values")).entrySet()) {
					table.put(id, cell.getKey(), decimal(cell.getValue()));
				}
			}
			else {
				table.put(id, ReportRow.VALUE, decimal(row.get("value")));
			}
		}
		return table;
	}

	/** A computed 2021 table with R6_1 … R6_3 added up into the single （六）其他处理 row of a mixed layout. */
	private static ReportTable foldOtherProcessing(ReportTable computed, ReportLayout mixed) {
		ReportTable folded = new ReportTable(mixed);
		for (ReportRow row : mixed.rows()) {
			for (String column : row.columns()) {
				if (row.id().equals("R6")) {
					BigDecimal sum = BigDecimal.ZERO;
					for (String part : List.of("R6_1", "R6_2", "R6_3")) {
						sum = sum.add(computed.value(part, column));
					}
					folded.put("R6", column, sum);
				}
				else {
					folded.put(row.id(), column, computed.value(row.id(), column));
				}
			}
		}
		return folded;
	}

	private static BigDecimal decimal(Object value) {
		return value == null ? null : new BigDecimal(value.toString());
	}
}
