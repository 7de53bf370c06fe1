package sunshine.reporting.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An imported report against the report Sunshine computes for the same agency and year, cell by cell
 * (issue 7, item 5). Both tables must be of the same layout; a cell blank on one side and not on the
 * other is a difference of its own kind.
 */
public final class ReportComparison {

	private ReportComparison() {
	}

	/**
	 * One cell where the two tables differ.
	 *
	 * @param published the value in the published report ({@code null}: blank there)
	 * @param computed the value Sunshine computes from its records ({@code null}: not computed)
	 */
	public record Difference(String row, String label, String column, BigDecimal published, BigDecimal computed) {
	}

	public static List<Difference> compare(ReportTable published, ReportTable computed) {
		if (!published.layout().rows().equals(computed.layout().rows())) {
			throw new IllegalArgumentException("Only tables of the same layout compare cell by cell");
		}
		List<Difference> differences = new ArrayList<>();
		for (ReportRow row : published.layout().rows()) {
			for (String column : row.columns()) {
				BigDecimal a = published.value(row.id(), column);
				BigDecimal b = computed.value(row.id(), column);
				boolean same = a == null ? b == null : b != null && a.compareTo(b) == 0;
				if (!same) {
					differences.add(new Difference(row.id(), row.label(), column, a, b));
				}
			}
		}
		return differences;
	}
}
