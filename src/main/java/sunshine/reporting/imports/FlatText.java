package sunshine.reporting.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import sunshine.reporting.table.ReportRow;

/**
 * A report's text flattened the way a crawler or a copy from the browser gives a portal page: every
 * space, tab, line break, table pipe and tag removed, so that labels and numbers run together
 * ({@code （一）予以公开170000017（二）部分公开…}). Row labels are found by their match keys in a
 * normalised copy (punctuation removed too), and the digits between one label and the next are the
 * row's cells, run together.
 */
final class FlatText {

	private static final Pattern TAG = Pattern.compile("<[^>]*>");
	/** A list number that begins the next label: {@code 2.} / {@code 2、} / {@code 2．} before a non-digit. */
	private static final Pattern ENUMERATOR = Pattern.compile("(?:(?<!\\d)\\d{1,2}|\\d)[.、．]\\D*$|[（(]\\d{1,2}[）)]\\D*$");
	/** The list number an official label begins with: {@code 2.传真申请数} → 2. */
	private static final Pattern LIST_NUMBER = Pattern.compile("(\\d{1,2})[.、．]");
	private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

	/** The text without spaces, tags and pipes; full-width digits and points as ASCII. */
	final String light;
	/** {@link #light} without punctuation either, as {@link ReportRow#normalise} leaves labels. */
	final String norm;
	private final int[] lightOf;

	private FlatText(String light, String norm, int[] lightOf) {
		this.light = light;
		this.norm = norm;
		this.lightOf = lightOf;
	}

	static FlatText of(String text) {
		String withoutTags = TAG.matcher(text).replaceAll("");
		StringBuilder light = new StringBuilder(withoutTags.length());
		for (char c : withoutTags.toCharArray()) {
			if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000' || c == '|' || c == '｜' || c == '\ufeff') {
				continue;
			}
			if (c >= '０' && c <= '９') {
				c = (char) ('0' + (c - '０'));
			}
			else if (c == '．') {
				c = '.';
			}
			light.append(c);
		}
		// Markdown table rules and page numbers (—5—) are no part of any cell
		light = new StringBuilder(light.toString().replaceAll("[-=:]{3,}|[—－-]\\d{1,3}[—－-]", ""));
		StringBuilder norm = new StringBuilder(light.length());
		int[] lightOf = new int[light.length() + 1];
		for (int i = 0; i < light.length(); i++) {
			char c = light.charAt(i);
			if (Character.isLetterOrDigit(c) && c != '·') {
				lightOf[norm.length()] = i;
				norm.append(c);
			}
		}
		lightOf[norm.length()] = light.length();
		return new FlatText(light.toString(), norm.toString(), lightOf);
	}

	/** Where in {@link #norm} a match key (as in {@link ReportRow#matchKeys()}) first occurs from {@code from}, or -1. */
	int find(String key, int from) {
		String plain = key.endsWith("$") ? key.substring(0, key.length() - 1) : key;
		return from < 0 || from > norm.length() ? -1 : norm.indexOf(plain, from);
	}

	/** The first of the row's keys found from {@code from}: its start and end in {@link #norm}, or {@code null}. */
	int[] findRow(ReportRow row, int from) {
		int[] best = null;
		for (String key : row.matchKeys()) {
			int at = find(key, from);
			if (at >= 0 && (best == null || at < best[0])) {
				String plain = key.endsWith("$") ? key.substring(0, key.length() - 1) : key;
				best = new int[] { at, at + plain.length() };
			}
		}
		return best;
	}

	/** The position in {@link #light} of a position in {@link #norm}. */
	int light(int normPosition) {
		return lightOf[Math.min(Math.max(normPosition, 0), norm.length())];
	}

	/**
	 * What a row gives between the end of its label ({@code from}, in {@link #norm}) and the start of the
	 * next label ({@code to}): the rest of the row's own label ({@code labelRest}, normalised) is skipped,
	 * and so is a list number that begins the next label.
	 */
	Segment segment(int from, int to, String labelRest) {
		return segment(from, to, labelRest, null);
	}

	/**
	 * As {@link #segment(int, int, String)}, knowing the official label of the next row: when it begins
	 * with a list number ({@code 2.传真申请数}), exactly that number is cut off the end, so the value
	 * before it stays whole ({@code 件02.} is 0 then row 2, {@code 条4673.} is 467 then row 3).
	 */
	Segment segment(int from, int to, String labelRest, String nextLabel) {
		int start = from;
		if (labelRest != null && !labelRest.isEmpty() && norm.startsWith(labelRest, from)) {
			start = from + labelRest.length();
		}
		String text = light.substring(light(start), to >= norm.length() ? light.length() : light(to));
		Matcher number = nextLabel == null ? null : LIST_NUMBER.matcher(nextLabel);
		if (number != null && number.lookingAt()) {
			Matcher own = Pattern.compile(number.group(1) + "[.、]\\D*$").matcher(text);
			if (own.find()) {
				return new Segment(text.substring(0, own.start()));
			}
		}
		Matcher enumerator = ENUMERATOR.matcher(text);
		if (enumerator.find()) {
			text = text.substring(0, enumerator.start());
		}
		return new Segment(text);
	}

	/** The text between two labels. */
	record Segment(String text) {

		/** The digits of the cells, run together: the first run of digits, or {@code ""} when there is none. */
		String digits() {
			Matcher number = Pattern.compile("\\d+").matcher(text);
			return number.find() ? number.group() : "";
		}

		/** Whether the text holds digits other than one run (numbers in a label, two tables' worth, blank marks). */
		boolean clean() {
			String rest = text.replaceFirst("^\\D*\\d*", "");
			return !rest.matches(".*\\d.*") && !text.replaceFirst("^\\D*", "").matches("^\\d+[/／—－\\-].*");
		}

		/** A single number, point included (万元 amounts), or {@code null}. */
		String number() {
			Matcher number = NUMBER.matcher(text);
			if (!number.find()) {
				return null;
			}
			String found = number.group();
			return number.find() ? null : found;
		}
	}
}
