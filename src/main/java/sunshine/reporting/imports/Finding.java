package sunshine.reporting.imports;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import sunshine.reporting.table.ReportTable;

/**
 * Something the linter found in a report: a stable {@code rule} id, its severity, a Chinese message,
 * the rows involved and the two sides that disagree — what the table says ({@code tableValue}) and what
 * the sum or the prose says ({@code otherValue}); for a prose check, the {@code sentence}.
 *
 * @param column the column of the cell involved, if the rule concerns one column
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String rule, Severity severity, String message, List<String> rows, String column,
		Number tableValue, Number otherValue, String sentence) {

	public Finding {
		rows = List.copyOf(rows);
	}

	static Finding of(String rule, Severity severity, String message, List<String> rows, String column,
			BigDecimal tableValue, BigDecimal otherValue, String sentence) {
		return new Finding(rule, severity, message, rows, column, ReportTable.number(tableValue),
				ReportTable.number(otherValue), sentence);
	}

	/** How serious a finding is. */
	public enum Severity {
		/** A rule of the table (stated on the form, or the arithmetic that defines a total) is broken. */
		ERROR,
		/** Probably wrong: an implied rule, or prose that disagrees with the table. */
		WARNING,
		/** A check that could not be made because a cell it needs is blank (not reported). */
		INFO;

		@JsonValue
		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}
}
