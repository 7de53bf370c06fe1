package sunshine.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Optional;

/**
 * The parameters of a catalogue search, checked: the words (1–100 characters), an agency by its
 * code, a year, a 主题分类, a 体裁分类, the order (relevance or date), a page. Shared by the public
 * JSON endpoint and the portal's search page; each problem names its field and a message key.
 */
public record SearchQuery(String words, Long agencyId, String agencyCode, Integer year, Topic topic, Genre genre,
		DisclosureSearch.Order order, int page, List<Problem> problems) {

	public record Problem(String field, String messageKey) {
	}

	public static final int MAX_PAGE = 500;

	/**
	 * @param agencyIdOfCode finds an agency's id by its code
	 */
	public static SearchQuery parse(String q, String agency, String year, String page,
			Function<String, Optional<Long>> agencyIdOfCode) {
		return parse(q, agency, year, null, null, null, page, agencyIdOfCode);
	}

	/**
	 * @param topic a {@link Topic} by name, or blank for any
	 * @param genre a {@link Genre} by name, or blank for any
	 * @param sort {@code relevance} or {@code date}
	 * @param agencyIdOfCode finds an agency's id by its code
	 */
	public static SearchQuery parse(String q, String agency, String year, String topic, String genre, String sort,
			String page, Function<String, Optional<Long>> agencyIdOfCode) {
		var problems = new ArrayList<Problem>();
		String words = q == null ? "" : q.strip();
		if (words.isEmpty()) {
			problems.add(new Problem("q", "disclosure.search.error.q"));
		}
		else if (words.length() > 100) {
			problems.add(new Problem("q", "disclosure.search.error.qLength"));
		}
		Long agencyId = null;
		String code = agency == null || agency.isBlank() ? null : agency.strip();
		if (code != null) {
			agencyId = agencyIdOfCode.apply(code).orElse(null);
			if (agencyId == null) {
				problems.add(new Problem("agency", "disclosure.search.error.agency"));
			}
		}
		Integer yearNumber = null;
		if (year != null && !year.isBlank()) {
			try {
				yearNumber = Integer.parseInt(year.strip());
				if (yearNumber < 1990 || yearNumber > 2100) {
					problems.add(new Problem("year", "disclosure.search.error.year"));
				}
			}
			catch (NumberFormatException e) {
				problems.add(new Problem("year", "disclosure.search.error.year"));
			}
		}
		int pageNumber = 1;
		if (page != null && !page.isBlank()) {
			try {
				pageNumber = Integer.parseInt(page.strip());
				if (pageNumber < 1 || pageNumber > MAX_PAGE) {
					problems.add(new Problem("page", "disclosure.search.error.page"));
				}
			}
			catch (NumberFormatException e) {
				problems.add(new Problem("page", "disclosure.search.error.page"));
			}
		}
		Topic topicValue = null;
		if (topic != null && !topic.isBlank()) {
			topicValue = java.util.Arrays.stream(Topic.values()).filter(t -> t.name().equals(topic.strip())).findFirst().orElse(null);
			if (topicValue == null) {
				problems.add(new Problem("topic", "disclosure.search.error.topic"));
			}
		}
		Genre genreValue = null;
		if (genre != null && !genre.isBlank()) {
			genreValue = java.util.Arrays.stream(Genre.values()).filter(g -> g.name().equals(genre.strip())).findFirst().orElse(null);
			if (genreValue == null) {
				problems.add(new Problem("genre", "disclosure.search.error.genre"));
			}
		}
		return new SearchQuery(words, agencyId, code, yearNumber, topicValue, genreValue, DisclosureSearch.Order.parse(sort),
				pageNumber, List.copyOf(problems));
	}
}
