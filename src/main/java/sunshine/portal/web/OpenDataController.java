package sunshine.portal.web;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import sunshine.disclosure.DisclosureQueries;

import tools.jackson.databind.json.JsonMapper;

/**
 * 开放数据: the page {@code /open-data} listing the data sets with their dictionaries, and the downloads —
 * {@code /open-data/{set}.csv} (UTF-8 with a byte-order mark, so that Excel reads the Chinese),
 * {@code /open-data/{set}.json} (the dictionary and the records), {@code /open-data/{set}-dictionary.csv},
 * and the catalogue's Atom feed {@code /open-data/catalogue.atom} (the 50 latest items). The statistics may
 * be cut to one year ({@code ?year=2025}). No session, no cookie; counts and published metadata only.
 */
@Controller
class OpenDataController {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
	private static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);
	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
	private static final int FEED_ENTRIES = 50;

	private final OpenDataSets sets;
	private final DisclosureQueries disclosure;
	private final Clock clock;

	OpenDataController(OpenDataSets sets, DisclosureQueries disclosure, Clock clock) {
		this.sets = sets;
		this.disclosure = disclosure;
		this.clock = clock;
	}

	@GetMapping("/open-data")
	String page(Locale locale, Model model) {
		model.addAttribute("sets", sets.descriptions(locale));
		int thisYear = LocalDate.now(clock.withZone(SHANGHAI)).getYear();
		model.addAttribute("years", java.util.stream.IntStream.iterate(thisYear, y -> y >= thisYear - 9, y -> y - 1)
				.boxed().toList());
		return "portal/open-data";
	}

	@GetMapping("/open-data/{set}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String set, @RequestParam(required = false) String year, Locale locale) {
		OpenDataSets.DataSet data = dataSet(set, year, locale);
		var out = new StringBuilder();
		line(out, data.fields().stream().map(f -> (Object) f.id()).toList());
		data.rows().forEach(row -> line(out, row));
		return download(csvBytes(out), CSV, fileName(set, year, "csv"));
	}

	@GetMapping("/open-data/{set}-dictionary.csv")
	ResponseEntity<byte[]> dictionary(@PathVariable String set, Locale locale) {
		if (!OpenDataSets.IDS.contains(set)) {
			throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
		}
		var out = new StringBuilder();
		line(out, List.of("field", "name", "type", "meaning"));
		sets.dictionary(set, locale).forEach(e -> line(out, List.of(e.field(), e.name(), e.type(), e.meaning())));
		return download(csvBytes(out), CSV, set + "-dictionary.csv");
	}

	/** The JSON download: what the set is, its dictionary, and its records as objects keyed by field. */
	record JsonDataSet(String dataset, String title, String description, String generatedAt,
			List<OpenDataSets.DictionaryEntry> dictionary, List<Map<String, Object>> records) {
	}

	@GetMapping("/open-data/{set}.json")
	ResponseEntity<byte[]> json(@PathVariable String set, @RequestParam(required = false) String year, Locale locale) {
		OpenDataSets.DataSet data = dataSet(set, year, locale);
		List<Map<String, Object>> records = data.rows().stream().map(row -> {
			Map<String, Object> record = new LinkedHashMap<>();
			for (int i = 0; i < data.fields().size(); i++) {
				Object value = row.get(i);
				record.put(data.fields().get(i).id(), value instanceof LocalDate d ? d.toString() : value);
			}
			return record;
		}).toList();
		var body = new JsonDataSet(set, data.title(), data.description(),
				OffsetDateTime.now(clock.withZone(SHANGHAI)).withNano(0).toString(), sets.dictionary(set, locale), records);
		return download(JSON.writeValueAsBytes(body), MediaType.APPLICATION_JSON, fileName(set, year, "json"));
	}

	@GetMapping("/open-data/catalogue.atom")
	ResponseEntity<byte[]> feed(Locale locale) throws XMLStreamException {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		var latest = disclosure.catalogue(new DisclosureQueries.CatalogueFilter(null, null, null, null, null), 1,
				FEED_ENTRIES).rows();
		var text = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
		element(xml, "title", sets.descriptions(locale).get(0).title());
		element(xml, "id", base + "/open-data/catalogue.atom");
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", "self");
		xml.writeAttribute("href", base + "/open-data/catalogue.atom");
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", "alternate");
		xml.writeAttribute("href", base + "/disclosure/catalogue");
		LocalDate newest = latest.isEmpty() || latest.get(0).publishedOn() == null ? LocalDate.of(2000, 1, 1)
				: latest.get(0).publishedOn();
		element(xml, "updated", instant(newest));
		xml.writeStartElement("author");
		element(xml, "name", latest.isEmpty() ? "-" : latest.get(0).agencyName());
		xml.writeEndElement();
		for (var item : latest) {
			xml.writeStartElement("entry");
			element(xml, "title", item.title());
			String link = base + "/disclosure/items/" + item.id();
			element(xml, "id", link);
			xml.writeEmptyElement("link");
			xml.writeAttribute("rel", "alternate");
			xml.writeAttribute("href", link);
			element(xml, "updated", instant(item.publishedOn() == null ? newest : item.publishedOn()));
			element(xml, "published", instant(item.publishedOn() == null ? newest : item.publishedOn()));
			xml.writeStartElement("author");
			element(xml, "name", item.issuingBody() == null || item.issuingBody().isBlank() ? item.agencyName() : item.issuingBody());
			xml.writeEndElement();
			element(xml, "summary", item.indexNumber() + " " + item.agencyName());
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)))
				.body(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	private OpenDataSets.DataSet dataSet(String set, String year, Locale locale) {
		Integer shown = null;
		if (year != null && !year.isBlank()) {
			if (!year.strip().matches("(19|20)[0-9]{2}")) {
				throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST, "year");
			}
			shown = Integer.valueOf(year.strip());
		}
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return sets.dataSet(set, shown, locale, base)
				.orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
	}

	private static String fileName(String set, String year, String extension) {
		return set + (year == null || year.isBlank() ? "" : "-" + year.strip()) + "." + extension;
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok().contentType(type)
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
				.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5))).body(body);
	}

	private static byte[] csvBytes(StringBuilder text) {
		var bytes = new ByteArrayOutputStream();
		bytes.writeBytes(BOM);
		bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
		return bytes.toByteArray();
	}

	/** One CSV line (RFC 4180, CRLF): a value with a comma, quote or line break is quoted, quotes doubled. */
	static void line(StringBuilder out, List<?> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(cell(values.get(i)));
		}
		out.append("\r\n");
	}

	/**
	 * A value as a CSV cell. Text that a spreadsheet would take for a formula (starting with = + - @ or a
	 * tab) is prefixed with an apostrophe, so that opening the file runs nothing.
	 */
	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (value instanceof CharSequence && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text == null ? "" : text);
		xml.writeEndElement();
	}

	private static String instant(LocalDate day) {
		return day.atStartOfDay(SHANGHAI).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.ofHours(8))
				.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}
}
