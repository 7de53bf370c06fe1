package sunshine.portal.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import sunshine.agency.Agency;
import sunshine.agency.AgencyLookup;
import sunshine.disclosure.DisclosureColumn;
import sunshine.disclosure.DisclosureQueries;
import sunshine.disclosure.DisclosureSearch;
import sunshine.disclosure.Genre;
import sunshine.disclosure.InformationItem;
import sunshine.disclosure.SearchQuery;
import sunshine.disclosure.Topic;
import sunshine.reporting.document.AnnualReports;

/**
 * The portal's 政府信息公开 column: the sub-columns, the catalogue with its filters, item pages and
 * the full-text search. GET pages only, so no reader gets a session and every page works without
 * JavaScript.
 */
@Controller
class DisclosurePortalController {

	static final int PAGE_SIZE = 20;

	private final DisclosureQueries queries;
	private final DisclosureSearch search;
	private final AgencyLookup agencies;
	private final MessageSource messages;

	/** The column that lists, besides its items, every annual report published through Sunshine. */
	static final String ANNUAL_REPORTS = "annual-reports";

	private final AnnualReports annualReports;

	DisclosurePortalController(DisclosureQueries queries, DisclosureSearch search, AgencyLookup agencies,
			MessageSource messages, AnnualReports annualReports) {
		this.annualReports = annualReports;
		this.queries = queries;
		this.search = search;
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping("/disclosure")
	String column(Model model) {
		model.addAttribute("columns", queries.columns());
		model.addAttribute("latest", queries.catalogue(new DisclosureQueries.CatalogueFilter(null, null, null, null, null), 1, 10));
		return "portal/disclosure";
	}

	@GetMapping("/disclosure/columns/{code}")
	String subColumn(@PathVariable String code, @RequestParam(defaultValue = "1") String page, Model model) {
		DisclosureColumn column = queries.column(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("columns", queries.columns());
		model.addAttribute("column", column);
		model.addAttribute("items", queries.catalogue(new DisclosureQueries.CatalogueFilter(null, null, null, null, code),
				pageNumber(page), PAGE_SIZE));
		if (ANNUAL_REPORTS.equals(code)) {
			model.addAttribute("annualReports", ReportPortalController.listed(annualReports));
		}
		return "portal/column";
	}

	@GetMapping("/disclosure/catalogue")
	String catalogue(@RequestParam(required = false) String agency, @RequestParam(required = false) String year,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String genre,
			@RequestParam(required = false) String column, @RequestParam(defaultValue = "1") String page, Model model) {
		Optional<Agency> chosen = agency == null || agency.isBlank() ? Optional.empty() : agencies.byCode(agency);
		Integer yearNumber = parseYear(year);
		Topic topicValue = parseEnum(Topic.class, topic);
		Genre genreValue = parseEnum(Genre.class, genre);
		String columnCode = column == null || column.isBlank() ? null : column;
		model.addAttribute("agencies", agencies.tree());
		model.addAttribute("years", queries.publishedYears());
		model.addAttribute("topics", Topic.values());
		model.addAttribute("genres", Genre.values());
		model.addAttribute("columns", queries.columns());
		model.addAttribute("agency", chosen.map(Agency::getCode).orElse(""));
		model.addAttribute("year", yearNumber);
		model.addAttribute("topic", topicValue == null ? "" : topicValue.name());
		model.addAttribute("genre", genreValue == null ? "" : genreValue.name());
		model.addAttribute("column", columnCode == null ? "" : columnCode);
		model.addAttribute("items", queries.catalogue(new DisclosureQueries.CatalogueFilter(
				chosen.map(Agency::getId).orElse(null), yearNumber, topicValue, genreValue, columnCode),
				pageNumber(page), PAGE_SIZE));
		return "portal/catalogue";
	}

	@GetMapping("/disclosure/items/{id}")
	String item(@PathVariable String id, Model model) {
		long itemId;
		try {
			itemId = Long.parseLong(id);
		}
		catch (NumberFormatException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		InformationItem item = queries.publishedItem(itemId)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("item", item);
		model.addAttribute("agency", agencies.byId(item.getAgencyId()).orElseThrow());
		model.addAttribute("column", queries.column(item.getColumnCode()).orElse(null));
		model.addAttribute("attachments", queries.attachments(itemId));
		return "portal/item";
	}

	/** A published item's attachment, always as a download (never rendered in the portal's origin). */
	@GetMapping("/disclosure/attachments/{id}")
	org.springframework.http.ResponseEntity<byte[]> attachment(@PathVariable long id) {
		var attachment = queries.publishedAttachment(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return org.springframework.http.ResponseEntity.ok()
				.contentType(org.springframework.http.MediaType.parseMediaType(attachment.getMediaType()))
				.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
						org.springframework.http.ContentDisposition.attachment()
								.filename(attachment.getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
				.body(attachment.getContent());
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String year, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String genre, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String page, Model model, Locale locale) {
		model.addAttribute("agencies", agencies.tree());
		model.addAttribute("topics", Topic.values());
		model.addAttribute("genres", Genre.values());
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("agency", agency == null ? "" : agency);
		model.addAttribute("year", year == null ? "" : year);
		model.addAttribute("topic", topic == null ? "" : topic);
		model.addAttribute("genre", genre == null ? "" : genre);
		model.addAttribute("sort", DisclosureSearch.Order.parse(sort) == DisclosureSearch.Order.DATE ? "date" : "relevance");
		if (q == null && agency == null && year == null) {
			return "portal/search";
		}
		SearchQuery query = SearchQuery.parse(q, agency, year, topic, genre, sort, page,
				code -> agencies.byCode(code).map(Agency::getId));
		if (!query.problems().isEmpty()) {
			model.addAttribute("errors", query.problems().stream()
					.map(p -> messages.getMessage(p.messageKey(), null, locale)).toList());
			return "portal/search";
		}
		model.addAttribute("result", search.search(query.words(), query.agencyId(), query.year(), query.topic(), query.genre(),
				query.order(), query.page(), PAGE_SIZE));
		return "portal/search";
	}

	private static int pageNumber(String page) {
		try {
			return Math.max(1, Math.min(SearchQuery.MAX_PAGE, Integer.parseInt(page.strip())));
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}

	private static Integer parseYear(String year) {
		try {
			int value = Integer.parseInt(year == null ? "" : year.strip());
			return value >= 1990 && value <= 2100 ? value : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
