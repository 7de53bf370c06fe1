package sunshine.reporting.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits digits that ran together when a table was flattened to text (“3220000034” for the cells
 * 32 2 0 0 0 0 34) back into cells, using the table's own arithmetic: only a split that satisfies the
 * rule is accepted, and only when exactly one split does — otherwise the cells stay unread.
 */
final class DigitRuns {

	private static final int MAX_STEPS = 3_000_000;

	private DigitRuns() {
	}

	/**
	 * The unique way to cut the tokens (digit strings; a space between tokens is a real cell boundary)
	 * into {@code cells} whole numbers that satisfy {@code rule}, or an empty list when there is none or
	 * more than one.
	 */
	public static List<Long> split(List<String> tokens, int cells, Predicate<List<Long>> rule) {
		return split(tokens, cells, rule, false);
	}

	/**
	 * As {@link #split(List, int, Predicate)}; with {@code partial} the rule is also asked about every
	 * prefix of a split (it must then accept any prefix that could still be completed).
	 */
	public static List<Long> split(List<String> tokens, int cells, Predicate<List<Long>> rule, boolean partial) {
		StringBuilder digits = new StringBuilder();
		List<Integer> boundaries = new ArrayList<>();
		for (String token : tokens) {
			if (!token.matches("\\d+")) {
				return List.of();
			}
			digits.append(token);
			boundaries.add(digits.length());
		}
		if (digits.length() < cells || tokens.size() > cells) {
			return List.of();
		}
		List<List<Long>> solutions = new ArrayList<>();
		int[] steps = { 0 };
		search(digits.toString(), boundaries, 0, cells, new ArrayList<>(), rule, partial, solutions, steps);
		return solutions.size() == 1 && steps[0] < MAX_STEPS ? solutions.get(0) : List.of();
	}

	private static void search(String digits, List<Integer> boundaries, int position, int cells, List<Long> parts,
			Predicate<List<Long>> rule, boolean partial, List<List<Long>> solutions, int[] steps) {
		if (solutions.size() > 1 || ++steps[0] > MAX_STEPS) {
			return;
		}
		if (parts.size() == cells) {
			if (position == digits.length() && rule.test(parts)) {
				solutions.add(List.copyOf(parts));
			}
			return;
		}
		int remainingCells = cells - parts.size();
		if (digits.length() - position < remainingCells) {
			return;
		}
		int limit = nextBoundary(boundaries, position);
		int boundariesAhead = (int) boundaries.stream().filter(b -> b > position).count();
		if (boundariesAhead > remainingCells) {
			return;
		}
		for (int end = position + 1; end <= limit; end++) {
			String part = digits.substring(position, end);
			if (part.length() > 1 && part.charAt(0) == '0') {
				break;
			}
			if (part.length() > 15) {
				break;
			}
			parts.add(Long.parseLong(part));
			if (!partial || parts.size() == cells || rule.test(parts)) {
				search(digits, boundaries, end, cells, parts, rule, partial, solutions, steps);
			}
			parts.remove(parts.size() - 1);
		}
	}

	private static int nextBoundary(List<Integer> boundaries, int position) {
		for (int boundary : boundaries) {
			if (boundary > position) {
				return boundary;
			}
		}
		return position;
	}

	/** The rule of a section 三 row: the six applicant columns add up to the seventh, 总计. */
	public static boolean rowAddsUp(List<Long> cells) {
		long sum = 0;
		for (int i = 0; i < cells.size() - 1; i++) {
			sum += cells.get(i);
		}
		return sum == cells.get(cells.size() - 1);
	}

	/** The rule of section 四: in each group of five, the first four add up to the fifth. */
	public static boolean groupsOfFiveAddUp(List<Long> cells) {
		for (int group = 0; group + 5 <= cells.size(); group += 5) {
			if (!rowAddsUp(cells.subList(group, group + 5))) {
				return false;
			}
		}
		return true;
	}
}
