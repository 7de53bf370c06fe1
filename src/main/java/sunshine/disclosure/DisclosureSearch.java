package sunshine.disclosure;

import java.time.LocalDate;
import java.util.List;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * Full-text search over the published catalogue in Chinese: smartcn word segmentation on title and
 * body, every word of the query required, filters by agency and year, highlighted snippets
 * (HTML-escaped, hits in {@code <mark>}), newest-relevant first, paged.
 */
@Service
@Transactional(readOnly = true)
public class DisclosureSearch {

	/** One hit: snippets are safe HTML (escaped text with {@code <mark>} around the hits). */
	public record Hit(long id, String title, String titleHighlighted, String indexNumber, LocalDate date,
			String snippet) {
	}

	public record Result(long total, List<Hit> hits, int page, int size) {
		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}
		public boolean hasNext() {
			return page < pages();
		}
		public boolean hasPrevious() {
			return page > 1;
		}
	}

	private final EntityManager entityManager;

	DisclosureSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	public Result search(String query, Long agencyId, Integer year, int page, int size) {
		int safePage = Math.max(1, page);
		if (query == null || query.isBlank()) {
			return new Result(0, List.of(), safePage, size);
		}
		var result = Search.session(entityManager).search(InformationItem.class)
				.select(f -> f.composite().from(f.id(Long.class), f.field("title", String.class),
						f.highlight("title"), f.field("indexNumber", String.class),
						f.field("publishedOn", LocalDate.class), f.highlight("text"))
						.asList(DisclosureSearch::toHit))
				.where((f, root) -> {
					root.add(f.simpleQueryString().fields("title", "text").matching(query.strip())
							.defaultOperator(BooleanOperator.AND));
					root.add(f.match().field("status").matching(ItemStatus.PUBLISHED));
					if (agencyId != null) {
						root.add(f.match().field("agencyId").matching(agencyId));
					}
					if (year != null) {
						root.add(f.range().field("publishedOn").between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
					}
				})
				.highlighter(h -> h.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
						.fragmentSize(80).numberOfFragments(1).noMatchSize(80))
				.fetch((safePage - 1) * size, size);
		return new Result(result.total().hitCount(), result.hits(), safePage, size);
	}

	@SuppressWarnings("unchecked")
	private static Hit toHit(List<?> values) {
		String title = (String) values.get(1);
		List<String> titleHighlight = (List<String>) values.get(2);
		List<String> text = (List<String>) values.get(5);
		return new Hit((Long) values.get(0), title, titleHighlight.isEmpty() ? escape(title) : titleHighlight.get(0),
				(String) values.get(3), (LocalDate) values.get(4), text.isEmpty() ? "" : text.get(0));
	}

	static String escape(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
				.replace("\"", "&quot;");
	}
}
