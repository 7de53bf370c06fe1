package sunshine.disclosure;

import org.jsoup.Jsoup;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The body of an item is rich text from an editor; it is kept only after the OWASP sanitiser has
 * removed scripts, event handlers, styles and anything else a portal page must not carry (the
 * Content-Security-Policy would block them anyway).
 */
public final class RichText {

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
			.and(Sanitizers.TABLES).and(new HtmlPolicyBuilder().allowElements("hr", "br").toFactory());

	private RichText() {
	}

	/** The body with only harmless markup left; {@code null} becomes the empty string. */
	public static String sanitise(String html) {
		return html == null ? "" : POLICY.sanitize(html);
	}

	/** The text a reader sees, for the search index and snippets. */
	public static String plainText(String html) {
		return html == null ? "" : Jsoup.parse(html).text();
	}
}
