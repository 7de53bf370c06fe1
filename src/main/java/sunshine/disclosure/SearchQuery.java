package sunshine.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Optional;

/**
 * The parameters of a catalogue search, checked: the words (1–100 characters), an agency by its
 * code, a year, a page. Shared by the public JSON endpoint and the portal's search page; each
 * problem names its field and a message key.
 */
public record SearchQuery(String words, Long agencyId, String agencyCode, Integer year, int page,
		List<Problem> problems) {

	public record Problem(String field, String messageKey) {
	}

	public static final int MAX_PAGE = 500;

	/**
	 * @param agencyIdOfCode finds an agency's id by its code
	 */
	public static SearchQuery parse(String q, String agency, String year, String page,
			Function<String, Optional<Long>> agencyIdOfCode) {
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
		return new SearchQuery(words, agencyId, code, yearNumber, pageNumber, List.copyOf(problems));
	}
}
