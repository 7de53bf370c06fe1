package sunshine.disclosure.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sunshine.agency.Agency;
import sunshine.agency.AgencyLookup;
import sunshine.disclosure.DisclosureSearch;
import sunshine.disclosure.SearchQuery;
import sunshine.shared.web.Problems;

/**
 * {@code GET /api/v1/disclosure/search?q=&agency=&year=&page=}: full-text search of the published
 * catalogue, public. → {@code {"total":n,"page":p,"hits":[{"title","indexNumber","date","snippet","url"}]}};
 * the snippet is HTML-escaped text with the hits in {@code <mark>}.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "主动公开", description = "政府信息全文检索（无需登录）")
class SearchApiController {

	@io.swagger.v3.oas.annotations.media.Schema(name = "SearchHit", description = "一条检索结果")
	record Hit(@io.swagger.v3.oas.annotations.media.Schema(description = "标题", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String title,
			@io.swagger.v3.oas.annotations.media.Schema(description = "索引号") String indexNumber,
			@io.swagger.v3.oas.annotations.media.Schema(description = "发布机构") String issuingBody,
			@io.swagger.v3.oas.annotations.media.Schema(description = "主题分类代码", nullable = true) String topic,
			@io.swagger.v3.oas.annotations.media.Schema(description = "体裁分类代码", nullable = true) String genre,
			@io.swagger.v3.oas.annotations.media.Schema(description = "发布日期", format = "date", nullable = true) String date,
			@io.swagger.v3.oas.annotations.media.Schema(description = "摘要（已转义的文本，命中词在 <mark> 中）") String snippet,
			@io.swagger.v3.oas.annotations.media.Schema(description = "信息页地址", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String url) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "SearchResult", description = "检索结果：总数、页码、本页各条")
	record Answer(@io.swagger.v3.oas.annotations.media.Schema(description = "命中总数", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) long total,
			@io.swagger.v3.oas.annotations.media.Schema(description = "页码（每页20条）", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) int page,
			@io.swagger.v3.oas.annotations.media.Schema(description = "本页结果", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) List<Hit> hits) {
	}

	static final String SEARCH_EXAMPLE = """
			{"total":1,"page":1,"hits":[{"title":"宁夏回族自治区信访局2025年政府信息公开工作年度报告",			"indexNumber":"640000-xfj/2026-00012","issuingBody":"宁夏回族自治区信访局","topic":"OPENNESS",			"genre":"REPORT","date":"2026-01-20","snippet":"……<mark>年度报告</mark>……","url":"/disclosure/items/12"}]}""";

	static final int PAGE_SIZE = 20;

	private final DisclosureSearch search;
	private final AgencyLookup agencies;
	private final MessageSource messages;

	SearchApiController(DisclosureSearch search, AgencyLookup agencies, MessageSource messages) {
		this.search = search;
		this.agencies = agencies;
		this.messages = messages;
	}

	@sunshine.shared.web.PublicApi
	@io.swagger.v3.oas.annotations.Operation(summary = "检索政府信息", description = "在已公开的政府信息中全文检索（中文分词），可按机关、年份、主题、体裁筛选。",
			responses = {
					@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "检索结果",
							content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
									schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = Answer.class),
									examples = @io.swagger.v3.oas.annotations.media.ExampleObject(name = "年度报告", value = SEARCH_EXAMPLE))),
					@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400", description = "参数不合格",
							content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
									schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = sunshine.shared.web.ApiProblem.class),
									examples = @io.swagger.v3.oas.annotations.media.ExampleObject(name = "年份不合格", value = """
											{"error":"bad-request","message":"年份不正确。","fields":["year"]}"""))) })
	@GetMapping(path = "/api/v1/disclosure/search", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> search(
			@io.swagger.v3.oas.annotations.Parameter(description = "检索词", example = "年度报告") @RequestParam(required = false) String q,
			@io.swagger.v3.oas.annotations.Parameter(description = "机关代码", example = "640000-xfj") @RequestParam(required = false) String agency,
			@io.swagger.v3.oas.annotations.Parameter(description = "发布年份", example = "2026", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "integer", minimum = "1900", maximum = "2099")) @RequestParam(required = false) String year,
			@io.swagger.v3.oas.annotations.Parameter(description = "主题分类代码", example = "OPENNESS") @RequestParam(required = false) String topic,
			@io.swagger.v3.oas.annotations.Parameter(description = "体裁分类代码", example = "REPORT") @RequestParam(required = false) String genre,
			@io.swagger.v3.oas.annotations.Parameter(description = "排序：relevance（相关度）或 date（日期）", example = "date") @RequestParam(required = false) String sort,
			@io.swagger.v3.oas.annotations.Parameter(description = "页码", example = "1", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "integer", minimum = "1")) @RequestParam(required = false) String page,
			@io.swagger.v3.oas.annotations.Parameter(hidden = true) Locale locale) {
		SearchQuery query = SearchQuery.parse(q, agency, year, topic, genre, sort, page,
				code -> agencies.byCode(code).map(Agency::getId));
		if (!query.problems().isEmpty()) {
			var errors = new LinkedHashMap<String, String>();
			for (SearchQuery.Problem problem : query.problems()) {
				errors.putIfAbsent(problem.field(), messages.getMessage(problem.messageKey(), null, locale));
			}
			return Problems.badRequest(errors);
		}
		DisclosureSearch.Result result = search.search(query.words(), query.agencyId(), query.year(), query.topic(),
				query.genre(), query.order(), query.page(), PAGE_SIZE);
		List<Hit> hits = result.hits().stream()
				.map(hit -> new Hit(hit.title(), hit.indexNumber(), hit.issuingBody(),
						hit.topic() == null ? null : hit.topic().name(), hit.genre() == null ? null : hit.genre().name(),
						hit.date() == null ? null : hit.date().toString(), hit.snippet(), "/disclosure/items/" + hit.id()))
				.toList();
		return ResponseEntity.ok(new Answer(result.total(), result.page(), hits));
	}
}
