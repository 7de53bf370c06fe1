package sunshine.reporting.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sunshine.agency.OrgScope;

/** Lists of imported reports and their findings, for the console and the Excel export. */
@Component
public class ReportImportQueries {

	private final JdbcClient jdbc;

	ReportImportQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One import in a list. */
	public record ImportSummary(long id, String sourceName, String reportAgency, Integer reportingYear, String formatCode,
			Instant importedAt, String importedBy, int cellCount, int unreadCount, int problems, int open) {
	}

	/** One finding with its report, for the export. */
	public record FindingLine(long importId, String sourceName, String reportAgency, Integer reportingYear,
			String formatCode, String rule, String severity, String message, String rowIds, String columnLabel,
			BigDecimal tableValue, BigDecimal otherValue, String sentence, String status, String statusReason,
			String decidedBy) {
	}

	public List<ImportSummary> recent(OrgScope scope, int limit) {
		return jdbc.sql("""
				select i.id, i.source_name, i.report_agency, i.reporting_year, i.format_code, i.imported_at, i.imported_by,
				       i.cell_count, i.unread_count,
				       (select count(*) from report_finding f where f.import_id = i.id and f.severity <> 'info') as problems,
				       (select count(*) from report_finding f where f.import_id = i.id and f.severity <> 'info'
				                                              and f.status = 'OPEN') as open_count
				from report_import i
				where i.agency_id in (:scope)
				order by i.imported_at desc, i.id desc
				limit :limit
				""").param("scope", scope.agencyIds()).param("limit", limit).query((rs, n) -> new ImportSummary(rs.getLong("id"),
				rs.getString("source_name"), rs.getString("report_agency"), (Integer) rs.getObject("reporting_year", Integer.class),
				rs.getString("format_code"), rs.getTimestamp("imported_at").toInstant(), rs.getString("imported_by"),
				rs.getInt("cell_count"), rs.getInt("unread_count"), rs.getInt("problems"), rs.getInt("open_count")))
				.list();
	}

	/** One report of a batch import in its summary: what was read and what was found. */
	public record BatchLine(long id, String sourceName, String reportAgency, Integer reportingYear, String formatCode,
			boolean mixedFormat, int cellCount, int unreadCount, int errors, int warnings) {
	}

	/** The reports a batch imported, in the order they were taken. */
	public List<BatchLine> inBatch(long batchId) {
		return jdbc.sql("""
				select i.id, i.source_name, i.report_agency, i.reporting_year, i.format_code, i.mixed_format,
				       i.cell_count, i.unread_count,
				       (select count(*) from report_finding f where f.import_id = i.id and f.severity = 'error') as errors,
				       (select count(*) from report_finding f where f.import_id = i.id and f.severity = 'warning') as warnings
				from report_import i
				where i.batch_id = :batch
				order by i.id
				""").param("batch", batchId).query((rs, n) -> new BatchLine(rs.getLong("id"), rs.getString("source_name"),
				rs.getString("report_agency"), (Integer) rs.getObject("reporting_year", Integer.class),
				rs.getString("format_code"), rs.getBoolean("mixed_format"), rs.getInt("cell_count"),
				rs.getInt("unread_count"), rs.getInt("errors"), rs.getInt("warnings"))).list();
	}

	public List<FindingLine> findings(OrgScope scope) {
		return jdbc.sql("""
				select i.id as import_id, i.source_name, i.report_agency, i.reporting_year, i.format_code,
				       f.rule_id, f.severity, f.message, f.row_ids, f.column_label, f.table_value, f.other_value, f.sentence,
				       f.status, f.status_reason, f.decided_by
				from report_finding f join report_import i on i.id = f.import_id
				where i.agency_id in (:scope)
				order by i.imported_at desc, i.id desc, f.sort_order
				""").param("scope", scope.agencyIds()).query((rs, n) -> new FindingLine(rs.getLong("import_id"),
				rs.getString("source_name"), rs.getString("report_agency"), (Integer) rs.getObject("reporting_year", Integer.class),
				rs.getString("format_code"), rs.getString("rule_id"), rs.getString("severity"), rs.getString("message"),
				rs.getString("row_ids"), rs.getString("column_label"), rs.getBigDecimal("table_value"),
				rs.getBigDecimal("other_value"), rs.getString("sentence"), rs.getString("status"), rs.getString("status_reason"),
				rs.getString("decided_by"))).list();
	}
}
