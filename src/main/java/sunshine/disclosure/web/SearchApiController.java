package sunshine.disclosure.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sunshine.agency.Agency;
import sunshine.agency.AgencyLookup;
import sunshine.disclosure.DisclosureSearch;
import sunshine.disclosure.SearchQuery;

/**
 * {@code GET /api/v1/disclosure/search?q=&agency=&year=&page=}: full-text search of the published
 * catalogue, public. → {@code {"total":n,"page":p,"hits":[{"title","indexNumber","date","snippet","url"}]}};
 * the snippet is HTML-escaped text with the hits in {@code <mark>}.
 */
@RestController
class SearchApiController {

	static final int PAGE_SIZE = 20;

	private final DisclosureSearch search;
	private final AgencyLookup agencies;
	private final MessageSource messages;

	SearchApiController(DisclosureSearch search, AgencyLookup agencies, MessageSource messages) {
		this.search = search;
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping("/api/v1/disclosure/search")
	ResponseEntity<Map<String, Object>> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String agency, @RequestParam(required = false) String year,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String genre,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String page, Locale locale) {
		SearchQuery query = SearchQuery.parse(q, agency, year, topic, genre, sort, page,
				code -> agencies.byCode(code).map(Agency::getId));
		if (!query.problems().isEmpty()) {
			var body = new LinkedHashMap<String, Object>();
			body.put("error", "bad-request");
			body.put("message", messages.getMessage(query.problems().get(0).messageKey(), null, locale));
			body.put("fields", query.problems().stream().map(SearchQuery.Problem::field).distinct().toList());
			return ResponseEntity.badRequest().body(body);
		}
		DisclosureSearch.Result result = search.search(query.words(), query.agencyId(), query.year(), query.topic(),
				query.genre(), query.order(), query.page(), PAGE_SIZE);
		var body = new LinkedHashMap<String, Object>();
		body.put("total", result.total());
		body.put("page", result.page());
		List<Map<String, Object>> hits = result.hits().stream().map(hit -> {
			var row = new LinkedHashMap<String, Object>();
			row.put("title", hit.title());
			row.put("indexNumber", hit.indexNumber());
			row.put("issuingBody", hit.issuingBody());
			row.put("topic", hit.topic() == null ? null : hit.topic().name());
			row.put("genre", hit.genre() == null ? null : hit.genre().name());
			row.put("date", hit.date() == null ? null : hit.date().toString());
			row.put("snippet", hit.snippet());
			row.put("url", "/disclosure/items/" + hit.id());
			return (Map<String, Object>) row;
		}).toList();
		body.put("hits", hits);
		return ResponseEntity.ok(body);
	}
}
