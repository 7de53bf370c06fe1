package sunshine.reporting.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A filled statistics table: for each row of its {@link ReportLayout}, a value per column. A cell that
 * is {@code null} was not reported (blank in the source, or unreadable) — never the same as 0.
 */
public final class ReportTable {

	private final ReportLayout layout;
	private final Map<String, Map<String, BigDecimal>> cells = new HashMap<>();
	/** The layout's rows by id: a table is filled one count at a time, hundreds of thousands of puts. */
	private final Map<String, ReportRow> rowsById = new HashMap<>();

	public ReportTable(ReportLayout layout) {
		this.layout = layout;
		for (ReportRow row : layout.rows()) {
			rowsById.putIfAbsent(row.id(), row);
		}
	}

	public ReportLayout layout() {
		return layout;
	}

	public ReportFormat format() {
		return layout.format();
	}

	/** The value of a cell; {@code null} when not reported. For the 2008 table use {@link ReportRow#VALUE}. */
	public BigDecimal value(String rowId, String column) {
		Map<String, BigDecimal> row = cells.get(rowId);
		return row == null ? null : row.get(column);
	}

	/** The single value of a 2008 row. */
	public BigDecimal value(String rowId) {
		return value(rowId, ReportRow.VALUE);
	}

	public void put(String rowId, String column, BigDecimal value) {
		ReportRow row = rowsById.get(rowId);
		if (row == null) {
			throw new IllegalArgumentException("No row " + rowId);
		}
		if (!row.columns().contains(column)) {
			throw new IllegalArgumentException("Row " + rowId + " has no column " + column);
		}
		cells.computeIfAbsent(rowId, id -> new HashMap<>()).put(column, value);
	}

	/** How many cells hold a value. */
	public int reportedCells() {
		return (int) cells.values().stream().flatMap(m -> m.values().stream()).filter(v -> v != null).count();
	}

	/**
	 * The rows in the shape of {@code GET /api/v1/reports/{agency}/{year}/table}: {@code id}, {@code label},
	 * {@code unit}, and {@code value} (2008) or {@code values} keyed by the column labels.
	 */
	public List<Map<String, Object>> rowsAsJson() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ReportRow row : layout.rows()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("id", row.id());
			json.put("label", row.label());
			if (!row.group().isEmpty()) {
				json.put("group", row.group());
			}
			json.put("unit", row.unit());
			if (row.singleValue()) {
				json.put("value", number(value(row.id())));
			}
			else {
				Map<String, Object> values = new LinkedHashMap<>();
				for (String column : row.columns()) {
					values.put(column, number(value(row.id(), column)));
				}
				json.put("values", values);
			}
			rows.add(json);
		}
		return rows;
	}

	/** A cell as JSON: an integer where the value is whole, else the decimal; {@code null} stays null. */
	public static Number number(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		if (stripped.scale() <= 0 && stripped.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
			long whole = stripped.longValueExact();
			if (whole == (int) whole) {
				return Integer.valueOf((int) whole);
			}
			return Long.valueOf(whole);
		}
		return value;
	}
}
