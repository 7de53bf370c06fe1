package sunshine.petitions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes personal data from text that is published (the 留言板's messages and replies): the
 * petitioner's own name, identity number, phone and address wherever they appear, and anything that
 * looks like an identity number or a phone number — each replaced by the one fixed mask {@link #MASK}.
 * <p>
 * Every match is found in the original text first and the masks are written once, over the merged
 * spans: a replacement never feeds the next search. (Until 2026 the values were replaced one after
 * another and a name kept its first character with a mask as long as the rest — "测试用户" became
 * "测＊＊＊", a surname beside a mask that read like garbled text, and a one-character name turned
 * every occurrence of that character in the reply into "字＊".)
 */
public final class PersonalData {

	/** What every removed name, number and address becomes. */
	public static final String MASK = "＊＊＊";

	/** A name or address shorter than this is not looked for: one character matches ordinary words. */
	private static final int SHORTEST_VALUE = 2;

	/** 18-digit identity numbers (and the old 15-digit ones), not inside a longer run of digits or letters. */
	private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(?:\\d{17}[\\dXx]|\\d{15})(?![0-9A-Za-z])");

	/** Mobile numbers, also written 139-9512-3456, 139 9512 3456 or with +86. */
	private static final Pattern MOBILE = Pattern.compile("(?<![\\d+])(?:\\+?86[- ]?)?1[3-9]\\d(?:[- ]?\\d{4}){2}(?!\\d)");

	/** Landline numbers with their area code: 0951-1234567, 010 12345678. */
	private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)0\\d{2,3}[- ]?\\d{7,8}(?!\\d)");

	private PersonalData() {
	}

	public static String redact(String text, String name, String idNumber, String phone, String address) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		List<int[]> spans = new ArrayList<>();
		List<Pattern> patterns = new ArrayList<>(List.of(ID_NUMBER, MOBILE, LANDLINE));
		for (String value : new String[] { name, idNumber, phone, address }) {
			if (value != null && value.strip().codePointCount(0, value.strip().length()) >= SHORTEST_VALUE) {
				patterns.add(Pattern.compile(Pattern.quote(value.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
			}
		}
		for (Pattern pattern : patterns) {
			var matcher = pattern.matcher(text);
			int from = 0;
			while (from < text.length() && matcher.find(from)) {
				spans.add(new int[] { matcher.start(), matcher.end() });
				from = matcher.start() + 1;
			}
		}
		if (spans.isEmpty()) {
			return text;
		}
		spans.sort(Comparator.comparingInt((int[] s) -> s[0]));
		var out = new StringBuilder(text.length());
		int written = 0;
		int i = 0;
		while (i < spans.size()) {
			int start = spans.get(i)[0];
			int end = spans.get(i)[1];
			i++;
			// Overlapping and touching spans are one masked stretch.
			while (i < spans.size() && spans.get(i)[0] <= end) {
				end = Math.max(end, spans.get(i)[1]);
				i++;
			}
			out.append(text, written, start).append(MASK);
			written = end;
		}
		return out.append(text, written, text.length()).toString();
	}
}
