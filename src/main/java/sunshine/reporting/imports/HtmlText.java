package sunshine.reporting.imports;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A published report's web page as lines of text: paragraphs and headings one per line, every table
 * row as {@code | cell | cell |} (a cell spanning columns is followed by empty cells, so later cells keep
 * their place; {@code &nbsp;} becomes a space).
 */
final class HtmlText {

	private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section",
			"article", "header", "footer", "pre", "blockquote", "center", "dt", "dd");

	private HtmlText() {
	}

	public static boolean looksLikeHtml(String text) {
		String head = text.length() > 4000 ? text.substring(0, 4000) : text;
		return head.matches("(?is).*<(html|body|table|p|div|tr|td)[\\s>].*");
	}

	public static String toText(String html) {
		var document = Jsoup.parse(html);
		document.select("script, style, head").remove();
		StringBuilder out = new StringBuilder();
		append(document.body(), out);
		return out.toString().replace('\u00a0', ' ');
	}

	private static void append(Node node, StringBuilder out) {
		if (node instanceof TextNode text) {
			out.append(text.text());
			return;
		}
		if (!(node instanceof Element element)) {
			return;
		}
		String tag = element.normalName();
		if (tag.equals("table")) {
			out.append('\n');
			for (Element row : element.select("tr")) {
				if (row.closest("table") != element) {
					continue;
				}
				StringBuilder line = new StringBuilder("|");
				for (Element cell : row.children()) {
					if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
						continue;
					}
					line.append(' ').append(cell.text().replace('\u00a0', ' ').replace('|', ' ').trim()).append(" |");
					int span = parseSpan(cell.attr("colspan"));
					for (int i = 1; i < span; i++) {
						line.append("  |");
					}
				}
				out.append(line).append('\n');
			}
			out.append('\n');
			return;
		}
		boolean block = BLOCKS.contains(tag);
		if (block) {
			out.append('\n');
		}
		for (Node child : element.childNodes()) {
			append(child, out);
		}
		if (block) {
			out.append('\n');
		}
	}

	private static int parseSpan(String value) {
		try {
			return Math.max(1, Math.min(20, Integer.parseInt(value.trim())));
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}
}
