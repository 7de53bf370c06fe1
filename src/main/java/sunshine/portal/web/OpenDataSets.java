package sunshine.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import sunshine.disclosure.DisclosureQueries;
import sunshine.petitions.PetitionStatistics;
import sunshine.requests.DisclosureRequestQueries;

/**
 * The open data sets (开放数据) and their data dictionaries: the disclosure catalogue, and the monthly
 * statistics of petitions and of applications for disclosure per agency, channel and category. Each is
 * read through its module's published queries — the statistics as SQL {@code group by} — and holds
 * counts and rates only, never a name, a phone, an identity number, a title or a text a citizen wrote.
 * Chinese names and meanings of the fields come from the message bundle ({@code opendata.field.…}).
 */
@Component
class OpenDataSets {

	/** The type of a field as the dictionary states it. */
	enum Type {
		TEXT, INTEGER, DECIMAL, DATE
	}

	/** A field of a data set: its identifier (the CSV header and the JSON member) and type. */
	record Field(String id, Type type) {
	}

	/** A field as the dictionary shows it: identifier, Chinese name, type, meaning. */
	record DictionaryEntry(String field, String name, String type, String meaning) {
	}

	/** A data set with its fields and rows (values in the order of the fields; null for none). */
	record DataSet(String id, String title, String description, List<Field> fields, List<List<Object>> rows) {
	}

	/** A data set as the page lists it. */
	record Description(String id, String title, String description, List<DictionaryEntry> dictionary) {
	}

	static final String CATALOGUE = "catalogue";
	static final String PETITIONS = "petitions-monthly";
	static final String APPLICATIONS = "applications-monthly";
	static final List<String> IDS = List.of(CATALOGUE, PETITIONS, APPLICATIONS);

	private static final Map<String, List<Field>> FIELDS = Map.of(
			CATALOGUE, List.of(new Field("id", Type.INTEGER), new Field("index_number", Type.TEXT),
					new Field("title", Type.TEXT), new Field("agency_code", Type.TEXT), new Field("agency_name", Type.TEXT),
					new Field("issuing_body", Type.TEXT), new Field("document_number", Type.TEXT),
					new Field("written_on", Type.DATE), new Field("published_on", Type.DATE), new Field("topic", Type.TEXT),
					new Field("genre", Type.TEXT), new Field("column", Type.TEXT), new Field("url", Type.TEXT)),
			PETITIONS, List.of(new Field("year", Type.INTEGER), new Field("month", Type.INTEGER),
					new Field("agency_code", Type.TEXT), new Field("agency_name", Type.TEXT), new Field("channel", Type.TEXT),
					new Field("category_code", Type.TEXT), new Field("category_name", Type.TEXT),
					new Field("received", Type.INTEGER), new Field("answered", Type.INTEGER),
					new Field("answered_on_time", Type.INTEGER), new Field("rated", Type.INTEGER),
					new Field("satisfied", Type.INTEGER), new Field("reply_rate", Type.DECIMAL),
					new Field("on_time_rate", Type.DECIMAL), new Field("satisfaction_rate", Type.DECIMAL),
					new Field("repeats", Type.INTEGER)),
			APPLICATIONS, List.of(new Field("year", Type.INTEGER), new Field("month", Type.INTEGER),
					new Field("agency_code", Type.TEXT), new Field("agency_name", Type.TEXT), new Field("channel", Type.TEXT),
					new Field("applicant_type", Type.TEXT), new Field("received", Type.INTEGER),
					new Field("concluded", Type.INTEGER), new Field("concluded_late", Type.INTEGER),
					new Field("extended", Type.INTEGER), new Field("conclusion_rate", Type.DECIMAL),
					new Field("on_time_rate", Type.DECIMAL)));

	/** The first day the statistics cover when no year is asked for. */
	private static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

	private final DisclosureQueries disclosure;
	private final PetitionStatistics petitions;
	private final DisclosureRequestQueries requests;
	private final MessageSource messages;
	private final Clock clock;

	OpenDataSets(DisclosureQueries disclosure, PetitionStatistics petitions, DisclosureRequestQueries requests,
			MessageSource messages, Clock clock) {
		this.disclosure = disclosure;
		this.petitions = petitions;
		this.requests = requests;
		this.messages = messages;
		this.clock = clock;
	}

	List<Description> descriptions(Locale locale) {
		return IDS.stream().map(id -> new Description(id, title(id, locale), description(id, locale),
				dictionary(id, locale))).toList();
	}

	List<DictionaryEntry> dictionary(String id, Locale locale) {
		return FIELDS.get(id).stream().map(f -> new DictionaryEntry(f.id(),
				messages.getMessage("opendata.field." + id + "." + f.id(), null, locale),
				messages.getMessage("opendata.type." + f.type().name().toLowerCase(Locale.ROOT), null, locale),
				messages.getMessage("opendata.field." + id + "." + f.id() + ".meaning", null, locale))).toList();
	}

	/** The data set, the statistics of {@code year} only when given; empty for an unknown name. */
	Optional<DataSet> dataSet(String id, Integer year, Locale locale, String baseUrl) {
		if (!IDS.contains(id)) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
		LocalDate from = year == null ? BEGINNING : LocalDate.of(year, 1, 1);
		LocalDate to = year == null ? today : LocalDate.of(year, 12, 31);
		List<List<Object>> rows = new ArrayList<>();
		switch (id) {
			case CATALOGUE -> {
				Map<String, String> columns = new HashMap<>();
				disclosure.columns().forEach(c -> columns.put(c.getCode(), c.getName()));
				for (var r : disclosure.openCatalogue()) {
					if (year != null && (r.publishedOn() == null || r.publishedOn().getYear() != year)) {
						continue;
					}
					rows.add(java.util.Arrays.asList(r.id(), r.indexNumber(), r.title(), r.agencyCode(), r.agencyName(),
							r.issuingBody(), r.documentNumber(), r.writtenOn(), r.publishedOn(),
							messages.getMessage("disclosure.topic." + r.topic().name(), null, locale),
							messages.getMessage("disclosure.genre." + r.genre().name(), null, locale),
							r.columnCode() == null ? null : columns.getOrDefault(r.columnCode(), r.columnCode()),
							baseUrl + "/disclosure/items/" + r.id()));
				}
			}
			case PETITIONS -> {
				for (var r : petitions.monthly(from, to)) {
					rows.add(java.util.Arrays.asList(r.year(), r.month(), r.agencyCode(), r.agencyName(), r.channel(),
							r.categoryCode(), r.categoryName(), r.received(), r.answered(), r.answeredOnTime(), r.rated(),
							r.satisfied(), r.replyRate(), r.onTimeRate(), r.satisfactionRate(), r.repeats()));
				}
			}
			default -> {
				for (var r : requests.monthly(from, to)) {
					rows.add(java.util.Arrays.asList(r.year(), r.month(), r.agencyCode(), r.agencyName(),
							messages.getMessage("requests.channel." + r.channel().name(), null, locale),
							messages.getMessage("requests.applicantType." + r.applicantType().name(), null, locale),
							r.received(), r.concluded(), r.late(), r.extended(), r.conclusionRate(), r.onTimeRate()));
				}
			}
		}
		return Optional.of(new DataSet(id, title(id, locale), description(id, locale), FIELDS.get(id), rows));
	}

	private String title(String id, Locale locale) {
		return messages.getMessage("opendata." + id + ".title", null, locale);
	}

	private String description(String id, Locale locale) {
		return messages.getMessage("opendata." + id + ".description", null, locale);
	}
}
