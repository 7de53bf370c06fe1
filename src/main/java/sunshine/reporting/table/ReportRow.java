package sunshine.reporting.table;

import java.util.List;

/**
 * One row of a statistics table: its stable {@code id} (the table endpoint's row id), the exact
 * official {@code label}, the {@code group} label it sits under (e.g. （三）不予公开), its unit, its value
 * columns (one unnamed column for the 2008 table) and the words by which a parser recognises it.
 *
 * @param section the table section: "2008", "二", "三" or "四"
 * @param matchKeys label fragments (punctuation and spaces removed) that identify the row; a key
 *        ending in {@code $} must end the label
 */
public record ReportRow(String id, String section, String label, String group, String unit, List<String> columns,
		List<String> matchKeys) {

	/** The column of the 2008 table's single value. */
	public static final String VALUE = "value";

	public ReportRow {
		columns = List.copyOf(columns);
		matchKeys = List.copyOf(matchKeys);
	}

	/** Whether this row has a single unnamed value (the 2008 table). */
	public boolean singleValue() {
		return columns.size() == 1 && VALUE.equals(columns.get(0));
	}

	/** Whether a label (already normalised by {@link #normalise}) names this row. */
	public boolean matches(String normalisedLabel) {
		for (String key : matchKeys) {
			if (key.endsWith("$")) {
				if (normalisedLabel.endsWith(key.substring(0, key.length() - 1))) {
					return true;
				}
			}
			else if (normalisedLabel.contains(key)) {
				return true;
			}
		}
		return false;
	}

	private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("<[^>]*>");
	private static final java.util.regex.Pattern NOISE = java.util.regex.Pattern
			.compile("[\\s\\p{Punct}、，。．：；（）()“”‘’\"'【】《》〈〉—–－·…|｜\\u00a0\\u3000]");

	/** A label without spaces, punctuation or markup, for comparing labels however they were typeset. */
	public static String normalise(String label) {
		return NOISE.matcher(MARKUP.matcher(label).replaceAll("")).replaceAll("");
	}
}
