package sunshine.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import sunshine.reporting.document.ReportNarrative;

/**
 * The running text of a published 2008-era annual report as the seed gives it (text extracted from the
 * PDF, with light Markdown): the preamble and the parts 一 to 五, up to the annex line (附件：…统计表). The words
 * are kept; what the extraction added is not — Markdown marks, links' addresses, the spaces it put between
 * Chinese and digits, and paragraphs cut in two at a page break (joined again).
 */
final class SeedNarrative {

	private static final Map<Character, String> KEYS = Map.of('一', "OVERVIEW", '二', "PROACTIVE", '三', "ON_REQUEST",
			'四', "PROPOSALS", '五', "PROBLEMS");

	private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
	private static final String CJK = "[\\p{IsHan}，。；：、！？（）“”《》〈〉]";
	private static final Pattern SPACE_BEFORE_ASCII = Pattern.compile("(?<=" + CJK + ")[ \\t]+(?=[0-9A-Za-z(])");
	private static final Pattern SPACE_AFTER_ASCII = Pattern.compile("(?<=[0-9A-Za-z%)])[ \\t]+(?=" + CJK + ")");
	private static final String PARAGRAPH_END = "。！？；：”）)";

	private SeedNarrative() {
	}

	/** The sections: PREFACE (untitled), then one per part, titled as the report titles them. */
	static List<ReportNarrative.Section> sections(String source) {
		List<ReportNarrative.Section> sections = new ArrayList<>();
		String key = "PREFACE";
		String title = "";
		List<String> paragraphs = new ArrayList<>();
		boolean open = false;
		for (String raw : source.split("\\R")) {
			String line = clean(raw);
			if (line.startsWith("附件")) {
				break;
			}
			if (raw.strip().startsWith("# ")) {
				continue;
			}
			if (raw.strip().startsWith("## ") && KEYS.containsKey(line.charAt(0))) {
				sections.add(new ReportNarrative.Section(key, title, String.join("\n", paragraphs), ""));
				key = KEYS.get(line.charAt(0));
				title = line;
				paragraphs = new ArrayList<>();
				open = false;
				continue;
			}
			if (line.isEmpty()) {
				continue;
			}
			boolean heading = raw.strip().startsWith("#");
			if (open && !heading && !paragraphs.isEmpty()) {
				paragraphs.set(paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1) + line);
			}
			else {
				paragraphs.add(line);
			}
			open = !heading && PARAGRAPH_END.indexOf(line.charAt(line.length() - 1)) < 0;
		}
		sections.add(new ReportNarrative.Section(key, title, String.join("\n", paragraphs), ""));
		return sections;
	}

	private static String clean(String raw) {
		String line = raw.strip().replaceFirst("^#+\\s*", "").replace("**", "");
		line = LINK.matcher(line).replaceAll("$1");
		line = SPACE_BEFORE_ASCII.matcher(line).replaceAll("");
		line = SPACE_AFTER_ASCII.matcher(line).replaceAll("");
		return line.strip();
	}
}
