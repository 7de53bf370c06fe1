package sunshine.reporting.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a report's text read as a table row: the label (text before the first number) and the
 * value cells after it ({@code null} for a cell left blank, such as an empty Markdown cell or “/”).
 * Cells are separated by {@code |}, tabs, or runs of two or more spaces (text laid out from a PDF); in a
 * line without any separator, numbers at the end of the text are the values.
 *
 * @param tokens the value cells as written (for splitting digits that ran together)
 * @param separated whether the line had explicit cell separators
 */
record TableLine(int index, String raw, String label, List<BigDecimal> values, List<String> tokens,
		boolean separated) {

	private static final Pattern NUMBER = Pattern.compile("[-−]?\\d+(?:\\.\\d+)?");
	private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
	private static final Set<String> BLANKS = Set.of("", "/", "-", "—", "－", "——", "–", "无", "/ ", "\\");
	private static final Set<String> UNITS = Set.of("条", "件", "个", "人", "次", "篇", "人次", "万元", "元", "项", "—", "——",
			"-", "份", "期", "场");
	private static final Pattern TEXT_THEN_NUMBERS = Pattern.compile("^(.*?[^\\d\\s.,\\-−])\\s*((?:[-−]?\\d+(?:\\.\\d+)?\\s*)+)$");

	public static TableLine of(int index, String raw) {
		String line = raw.strip();
		List<String> cells = new ArrayList<>();
		boolean separated;
		if (line.contains("|")) {
			String inner = line;
			if (inner.startsWith("|")) {
				inner = inner.substring(1);
			}
			if (inner.endsWith("|")) {
				inner = inner.substring(0, inner.length() - 1);
			}
			for (String cell : inner.split("\\|", -1)) {
				cells.add(cell.strip());
			}
			separated = true;
		}
		else if (line.contains("\t")) {
			for (String cell : line.split("\t")) {
				cells.add(cell.strip());
			}
			separated = true;
		}
		else {
			for (String cell : line.split("\\s{2,}|\u3000+")) {
				cells.add(cell.strip());
			}
			separated = cells.size() > 1;
		}
		// a cell "label 0" or "0 0 0" (one space between) holds several cells
		List<String> split = new ArrayList<>();
		for (String cell : cells) {
			Matcher m = TEXT_THEN_NUMBERS.matcher(cell);
			if (isNumber(cell)) {
				split.add(cell);
			}
			else if (cell.matches("[-−]?\\d+(?:\\.\\d+)?(?:\\s+[-−]?\\d+(?:\\.\\d+)?)+")) {
				for (String part : cell.split("\\s+")) {
					split.add(part);
				}
			}
			else if (m.matches() && (separated || cells.size() == 1) && !endsWithLabelDigit(m.group(1), m.group(2))) {
				split.add(m.group(1).strip());
				for (String part : m.group(2).strip().split("\\s+")) {
					split.add(part);
				}
			}
			else {
				split.add(cell);
			}
		}
		int first = -1;
		for (int i = 0; i < split.size(); i++) {
			if (isNumber(split.get(i))) {
				first = i;
				break;
			}
		}
		StringBuilder label = new StringBuilder();
		for (int i = 0; i < (first < 0 ? split.size() : first); i++) {
			String cell = split.get(i);
			if (!UNITS.contains(cell)) {
				label.append(cell);
			}
		}
		List<BigDecimal> values = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		if (first >= 0) {
			for (int i = first; i < split.size(); i++) {
				String cell = split.get(i);
				if (isNumber(cell)) {
					String plain = cell.replace(",", "").replace('−', '-');
					values.add(new BigDecimal(plain));
					tokens.add(plain);
				}
				else if (BLANKS.contains(cell)) {
					values.add(null);
					tokens.add("");
				}
				else {
					break;
				}
			}
		}
		return new TableLine(index, raw, label.toString(), values, tokens, separated);
	}

	/** "数据1", "第1" and the like: a digit that belongs to the label, not a value. */
	private static boolean endsWithLabelDigit(String text, String numbers) {
		return numbers.strip().length() == 1 && text.matches(".*(数据|第|表|附件|图|项目)$");
	}

	private static boolean isNumber(String cell) {
		return NUMBER.matcher(cell).matches() || THOUSANDS.matcher(cell).matches();
	}

	/** How many cells hold a number. */
	public int numbers() {
		return (int) values.stream().filter(v -> v != null).count();
	}

	/** The values without the blank cells at their end (an extra empty column of a Markdown table). */
	public List<BigDecimal> trimmedValues(int wanted) {
		List<BigDecimal> trimmed = new ArrayList<>(values);
		while (trimmed.size() > wanted && trimmed.get(trimmed.size() - 1) == null) {
			trimmed.remove(trimmed.size() - 1);
		}
		return trimmed;
	}

	public boolean hasLabel() {
		return !sunshine.reporting.table.ReportRow.normalise(label).isEmpty();
	}

	public boolean isMarkdownRule() {
		return raw.strip().matches("\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?");
	}
}
