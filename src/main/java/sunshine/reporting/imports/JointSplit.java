package sunshine.reporting.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Splits the digit runs of section 三 of a flattened report — one run per row, the seven cells of a row
 * run together — by every rule of the table at once, and keeps a cell only when it has the same value in
 * every split that satisfies them all. Never a guess: a cell two consistent splits disagree on is unread.
 *
 * <p>The rules (国办公开办函〔2021〕30号, the table's notes; the same in the 2019 trial format): each row's six
 * applicant columns add up to its 总计; for every column the result rows （一）…（六） add up to （七）总计;
 * and 一 本年新收 + 二 上年结转 = （七）总计 + 四 结转下年度继续办理. A row whose run is missing (its label
 * lost) or too long to enumerate takes no part; the rules that need it are not used.
 *
 * <p>When no split satisfies every rule — the report's own figures disagree, or a blank cell vanished
 * from the text — only the runs of exactly seven digits are read (one digit a cell, whatever the rules say);
 * the linter then reports the disagreement.
 */
final class JointSplit {

	/** Runs longer than this are not enumerated (seven cells of up to five digits each). */
	static final int MAX_DIGITS = 35;
	private static final int MAX_CANDIDATES = 20_000;
	private static final long MAX_STEPS = 4_000_000L;
	static final int CELLS = 7;

	/** The outcome: per row the cells read ({@code null} = unread), and whether the rules could all be met. */
	record Result(Map<String, Long[]> cells, boolean consistent) {
	}

	private JointSplit() {
	}

	/**
	 * @param runs per row id the digits of its cells, run together ({@code null}: the row was not found)
	 * @param resultRows the ids of the rows that add up to （七）总计
	 */
	static Result solve(Map<String, String> runs, List<String> resultRows) {
		Map<String, List<long[]>> candidates = new LinkedHashMap<>();
		for (Map.Entry<String, String> run : runs.entrySet()) {
			List<long[]> found = run.getValue() == null ? null : candidates(run.getValue());
			candidates.put(run.getKey(), found);
		}
		List<String> results = resultRows.stream().filter(runs::containsKey).toList();
		boolean resultsKnown = results.size() == resultRows.size() && results.stream().allMatch(id -> candidates.get(id) != null)
				&& candidates.get("R7") != null;
		boolean balanceKnown = List.of("NEW", "CARRY_IN", "R7", "CARRY_OUT").stream().allMatch(id -> candidates.get(id) != null);

		Search search = new Search(candidates, results, resultsKnown, balanceKnown);
		search.run();
		Map<String, Long[]> cells = new LinkedHashMap<>();
		if (search.aborted) {
			// too many combinations to settle jointly: each row by its own rule, when that leaves one split
			for (Map.Entry<String, List<long[]>> row : candidates.entrySet()) {
				List<long[]> c = row.getValue();
				cells.put(row.getKey(), c != null && c.size() == 1 ? boxed(c.get(0)) : new Long[CELLS]);
			}
			return new Result(cells, true);
		}
		if (search.solutions == 0) {
			for (Map.Entry<String, String> run : runs.entrySet()) {
				String digits = run.getValue();
				Long[] row = new Long[CELLS];
				if (digits != null && digits.length() == CELLS) {
					for (int i = 0; i < CELLS; i++) {
						row[i] = (long) (digits.charAt(i) - '0');
					}
				}
				cells.put(run.getKey(), row);
			}
			return new Result(cells, false);
		}
		for (String id : runs.keySet()) {
			cells.put(id, search.agreed.get(id) == null ? new Long[CELLS] : search.agreed.get(id));
		}
		return new Result(cells, true);
	}

	/** Every way to cut the digits into seven whole numbers (no leading zeros) whose first six add up to the seventh. */
	static List<long[]> candidates(String digits) {
		List<long[]> found = new ArrayList<>();
		if (digits.isEmpty() || digits.length() < CELLS || digits.length() > MAX_DIGITS || !digits.chars().allMatch(Character::isDigit)) {
			return digits.length() > MAX_DIGITS ? null : found;
		}
		cut(digits, 0, new long[CELLS], 0, found);
		return found.size() > MAX_CANDIDATES ? null : found;
	}

	private static void cut(String digits, int position, long[] parts, int filled, List<long[]> found) {
		if (found.size() > MAX_CANDIDATES) {
			return;
		}
		int remaining = CELLS - filled;
		if (remaining == 1) {
			String last = digits.substring(position);
			if (last.length() > 1 && last.charAt(0) == '0' || last.length() > 15) {
				return;
			}
			long total = Long.parseLong(last);
			long sum = 0;
			for (int i = 0; i < CELLS - 1; i++) {
				sum += parts[i];
			}
			if (sum == total) {
				long[] copy = parts.clone();
				copy[CELLS - 1] = total;
				found.add(copy);
			}
			return;
		}
		for (int end = position + 1; end <= digits.length() - (remaining - 1); end++) {
			if (end - position > 1 && digits.charAt(position) == '0' || end - position > 15) {
				break;
			}
			parts[filled] = Long.parseLong(digits.substring(position, end));
			cut(digits, end, parts, filled + 1, found);
		}
	}

	private static Long[] boxed(long[] values) {
		Long[] boxed = new Long[values.length];
		for (int i = 0; i < values.length; i++) {
			boxed[i] = values[i];
		}
		return boxed;
	}

	/**
	 * Depth-first over the rows with more than one candidate: first （七）总计, then the balance rows, then
	 * the result rows with their running sums never above （七）总计 (every cell is a count, ≥ 0).
	 */
	private static final class Search {

		final Map<String, List<long[]>> candidates;
		final List<String> results;
		final boolean resultsKnown;
		final boolean balanceKnown;
		final Map<String, Long[]> agreed = new LinkedHashMap<>();
		final Map<String, long[]> chosen = new LinkedHashMap<>();
		final List<String> order = new ArrayList<>();
		long solutions;
		long steps;
		boolean aborted;

		Search(Map<String, List<long[]>> candidates, List<String> results, boolean resultsKnown, boolean balanceKnown) {
			this.candidates = candidates;
			this.results = results;
			this.resultsKnown = resultsKnown;
			this.balanceKnown = balanceKnown;
			List<String> known = candidates.keySet().stream().filter(id -> candidates.get(id) != null).toList();
			List<String> first = new ArrayList<>();
			for (String id : List.of("R7", "NEW", "CARRY_IN", "CARRY_OUT")) {
				if (known.contains(id)) {
					first.add(id);
				}
			}
			order.addAll(first);
			known.stream().filter(id -> !first.contains(id))
					.sorted(Comparator.comparingInt(id -> candidates.get(id).size()))
					.forEach(order::add);
		}

		void run() {
			for (String id : order) {
				if (candidates.get(id).isEmpty()) {
					return; // a row no split of which adds up: no consistent reading
				}
			}
			visit(0);
		}

		private void visit(int depth) {
			if (aborted || ++steps > MAX_STEPS) {
				aborted = true;
				return;
			}
			if (depth == order.size()) {
				if (complete()) {
					record();
				}
				return;
			}
			String id = order.get(depth);
			for (long[] candidate : candidates.get(id)) {
				chosen.put(id, candidate);
				if (partialHolds(id)) {
					visit(depth + 1);
				}
				if (aborted) {
					break;
				}
			}
			chosen.remove(id);
		}

		/** Prunes early: the result rows chosen so far never exceed （七）总计; the balance once its rows are chosen. */
		private boolean partialHolds(String id) {
			if (balanceKnown && List.of("NEW", "CARRY_IN", "R7", "CARRY_OUT").contains(id)
					&& chosen.keySet().containsAll(List.of("NEW", "CARRY_IN", "R7", "CARRY_OUT"))) {
				long[] n = chosen.get("NEW"), c = chosen.get("CARRY_IN"), t = chosen.get("R7"), o = chosen.get("CARRY_OUT");
				for (int i = 0; i < CELLS; i++) {
					if (n[i] + c[i] != t[i] + o[i]) {
						return false;
					}
				}
			}
			if (resultsKnown && results.contains(id)) {
				long[] total = chosen.get("R7");
				long[] sum = new long[CELLS];
				for (String r : results) {
					long[] row = chosen.get(r);
					if (row != null) {
						for (int i = 0; i < CELLS; i++) {
							sum[i] += row[i];
						}
					}
				}
				for (int i = 0; i < CELLS; i++) {
					if (sum[i] > total[i]) {
						return false;
					}
				}
			}
			return true;
		}

		private boolean complete() {
			if (!resultsKnown) {
				return true;
			}
			long[] sum = new long[CELLS];
			for (String r : results) {
				long[] row = chosen.get(r);
				for (int i = 0; i < CELLS; i++) {
					sum[i] += row[i];
				}
			}
			return Arrays.equals(sum, chosen.get("R7"));
		}

		private void record() {
			solutions++;
			for (Map.Entry<String, long[]> row : chosen.entrySet()) {
				Long[] seen = agreed.get(row.getKey());
				if (seen == null) {
					agreed.put(row.getKey(), boxed(row.getValue()));
					continue;
				}
				for (int i = 0; i < CELLS; i++) {
					if (seen[i] != null && seen[i] != row.getValue()[i]) {
						seen[i] = null;
					}
				}
			}
		}
	}

	/** Cell by cell, the values every split of {@code digits} into {@code cells} satisfying {@code rule} agrees on; {@code null} when none does. */
	static Long[] agreed(String digits, int cells, Predicate<long[]> rule) {
		if (digits.length() < cells || digits.length() > cells * 6) {
			return null;
		}
		Long[][] agreed = { null };
		long[] steps = { 0 };
		boolean[] aborted = { false };
		agree(digits, 0, new long[cells], 0, rule, agreed, steps, aborted);
		return aborted[0] ? null : agreed[0];
	}

	private static void agree(String digits, int position, long[] parts, int filled, Predicate<long[]> rule, Long[][] agreed,
			long[] steps, boolean[] aborted) {
		if (aborted[0] || ++steps[0] > MAX_STEPS) {
			aborted[0] = true;
			return;
		}
		int cells = parts.length;
		if (filled == cells) {
			if (position == digits.length() && rule.test(parts)) {
				if (agreed[0] == null) {
					agreed[0] = boxed(parts);
				}
				else {
					for (int i = 0; i < cells; i++) {
						if (agreed[0][i] != null && agreed[0][i] != parts[i]) {
							agreed[0][i] = null;
						}
					}
				}
			}
			return;
		}
		int remaining = cells - filled;
		for (int end = position + 1; end <= digits.length() - (remaining - 1); end++) {
			if (end - position > 1 && digits.charAt(position) == '0' || end - position > 15) {
				break;
			}
			parts[filled] = Long.parseLong(digits.substring(position, end));
			agree(digits, end, parts, filled + 1, rule, agreed, steps, aborted);
		}
	}
}
