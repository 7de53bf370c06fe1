package sunshine.reporting.imports;

import java.util.List;
import sunshine.reporting.table.ReportTable;

/**
 * What the parser read from a published report: the agency and year it names, its table, the cells it
 * could not read, and the text outside the tables (for the prose checks).
 *
 * @param agency the agency as the report names itself, or {@code null}
 * @param year the reporting year, or {@code null} when the text does not say
 * @param unread the cells left {@code null}, with the reason
 * @param prose the report's running text, lines joined, without the tables
 */
public record ParsedReport(String agency, Integer year, ReportTable table, List<UnreadCell> unread, String prose) {

	public ParsedReport {
		unread = List.copyOf(unread);
	}

	/**
	 * A cell the table has no value for.
	 *
	 * @param reason {@code blank}: the source leaves the cell empty (not reported); {@code missing}: the
	 *        parser did not find it; {@code ambiguous}: digits that could be split more than one way
	 */
	public record UnreadCell(String row, String column, String reason) {
	}
}
