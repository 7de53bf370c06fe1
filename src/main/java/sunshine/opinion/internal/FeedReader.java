package sunshine.opinion.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import sunshine.opinion.FeedEntry;

/**
 * Reads an RSS 2.0 or Atom feed with the JDK's HTTP client: a connect timeout and a whole-request timeout
 * (a feed that hangs never holds the poller), at most {@link #MAX_BYTES} of body, and an XML parser that
 * refuses document type declarations, so a feed cannot make the server fetch or expand anything else.
 */
@Component
class FeedReader {

	/** The largest feed read; a longer body is refused. */
	static final int MAX_BYTES = 2 * 1024 * 1024;

	/** A feed that cannot be read, with a short reason for the settings page. */
	static class Unreadable extends Exception {
		Unreadable(String reason, Throwable cause) {
			super(reason, cause);
		}
	}

	private final HttpClient client;
	private final Duration requestTimeout;

	FeedReader(@Value("${sunshine.opinion.feed-connect-timeout:PT5S}") Duration connectTimeout,
			@Value("${sunshine.opinion.feed-timeout:PT15S}") Duration requestTimeout) {
		this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
				.followRedirects(HttpClient.Redirect.NORMAL).build();
		this.requestTimeout = requestTimeout;
	}

	/** The feed's entries, in the order the feed lists them. */
	List<FeedEntry> read(String url) throws Unreadable {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(requestTimeout)
				.header("Accept", "application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.8")
				.header("User-Agent", "Sunshine-Opinion/1.0").GET().build();
		byte[] body;
		try {
			HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream in = response.body()) {
				if (response.statusCode() / 100 != 2) {
					throw new Unreadable("HTTP " + response.statusCode(), null);
				}
				body = in.readNBytes(MAX_BYTES + 1);
			}
		}
		catch (IOException e) {
			throw new Unreadable(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Unreadable("interrupted", e);
		}
		if (body.length > MAX_BYTES) {
			throw new Unreadable("feed larger than " + MAX_BYTES + " bytes", null);
		}
		return parse(body);
	}

	/** The entries of an RSS 2.0 ({@code item}) or Atom ({@code entry}) document. */
	static List<FeedEntry> parse(byte[] xml) throws Unreadable {
		Document document;
		try {
			document = parser().parse(new java.io.ByteArrayInputStream(xml));
		}
		catch (SAXException | IOException e) {
			throw new Unreadable("not a feed: " + e.getMessage(), e);
		}
		Element root = document.getDocumentElement();
		boolean atom = "feed".equals(root.getLocalName());
		NodeList nodes = root.getElementsByTagNameNS("*", atom ? "entry" : "item");
		List<FeedEntry> entries = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			Element entry = (Element) nodes.item(i);
			String title = text(entry, "title");
			String link = atom ? atomLink(entry) : text(entry, "link");
			String id = text(entry, atom ? "id" : "guid");
			String summary = atom ? first(text(entry, "summary"), text(entry, "content")) : text(entry, "description");
			Instant published = atom ? instant(first(text(entry, "published"), text(entry, "updated")))
					: instant(first(text(entry, "pubDate"), text(entry, "date")));
			String key = first(id, link);
			if (key != null && title != null) {
				entries.add(new FeedEntry(key, title, summary, link, published));
			}
		}
		return entries;
	}

	private static DocumentBuilder parser() throws Unreadable {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
			builder.setErrorHandler(null);
			return builder;
		}
		catch (ParserConfigurationException e) {
			throw new Unreadable("XML parser", e);
		}
	}

	/** The text of the entry's first direct child of that local name, stripped; {@code null} when empty. */
	private static String text(Element parent, String localName) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && localName.equals(element.getLocalName())) {
				String text = element.getTextContent();
				return text == null || text.isBlank() ? null : text.strip();
			}
		}
		return null;
	}

	/** An Atom entry's page: its {@code link} with {@code rel="alternate"} or without a rel. */
	private static String atomLink(Element entry) {
		for (Node child = entry.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && "link".equals(element.getLocalName())) {
				String rel = element.getAttribute("rel");
				if (rel.isEmpty() || rel.equals("alternate")) {
					String href = element.getAttribute("href");
					return href.isBlank() ? null : href.strip();
				}
			}
		}
		return null;
	}

	private static String first(String a, String b) {
		return a != null ? a : b;
	}

	/** An RFC 3339 (Atom) or RFC 1123 (RSS) date-time; {@code null} when absent or unreadable. */
	private static Instant instant(String text) {
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException e) {
			try {
				return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)).toInstant();
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}
}
