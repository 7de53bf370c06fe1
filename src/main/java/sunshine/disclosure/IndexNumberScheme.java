package sunshine.disclosure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an agency's 索引号 is composed (the scheme is a setting, {@code sunshine.disclosure.index-number-pattern}).
 * Placeholders: {@code {agency}} the agency code, {@code {division}} its division code,
 * {@code {year}} the year, {@code {seq:N}} the running number within agency and year, zero-padded
 * to N digits. The default {@code {division}-XFJ/{year}-{seq:5}} gives {@code 640000-XFJ/2017-00042}.
 */
public record IndexNumberScheme(String pattern) {

	private static final Pattern SEQ = Pattern.compile("\\{seq(?::(\\d+))?}");

	public IndexNumberScheme {
		if (pattern == null || !SEQ.matcher(pattern).find() || !pattern.contains("{year}")) {
			throw new IllegalArgumentException("An index-number pattern needs {year} and {seq}: " + pattern);
		}
	}

	public IndexNumber format(String agencyCode, String divisionCode, int year, int sequence) {
		String text = pattern.replace("{agency}", agencyCode).replace("{division}", divisionCode)
				.replace("{year}", Integer.toString(year));
		Matcher m = SEQ.matcher(text);
		var out = new StringBuilder();
		while (m.find()) {
			int width = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
			m.appendReplacement(out, String.format("%0" + width + "d", sequence));
		}
		m.appendTail(out);
		return new IndexNumber(out.toString(), year, sequence);
	}
}
