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
 * body, every word of the query required, filters by agency, year, 主题分类 and 体裁分类, highlighted
 * snippets (HTML-escaped, hits in {@code <mark>}), the most relevant or the newest first, paged; each
 * hit names its issuing body (发布机构).
 */
@Service
@Transactional(readOnly = true)
public class DisclosureSearch {

	/** One hit: snippets are safe HTML (escaped text with {@code <mark>} around the hits). */
	public record Hit(long id, String title, String titleHighlighted, String indexNumber, LocalDate date,
			String snippet, String issuingBody, Topic topic, Genre genre) {

		Hit withCatalogue(Object[] row) {
			return row == null ? this
					: new Hit(id, title, titleHighlighted, indexNumber, date, snippet, (String) row[1], (Topic) row[2],
							(Genre) row[3]);
		}
	}

	/** The order of the hits: the most relevant first, or the newest first. */
	public enum Order {
		RELEVANCE, DATE;

		/** {@code date} or {@code relevance} (the default, also for anything unknown). */
		public static Order parse(String text) {
			return text != null && text.strip().equalsIgnoreCase("date") ? DATE : RELEVANCE;
		}
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
		return search(query, agencyId, year, null, null, Order.RELEVANCE, page, size);
	}

	public Result search(String query, Long agencyId, Integer year, Topic topic, Genre genre, Order order, int page,
			int size) {
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
					if (topic != null) {
						root.add(f.match().field("topic").matching(topic));
					}
					if (genre != null) {
						root.add(f.match().field("genre").matching(genre));
					}
				})
				.sort(f -> order == Order.DATE ? f.field("publishedOn").desc().then().score() : f.score().then()
						.field("publishedOn").desc())
				.highlighter(h -> h.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
						.fragmentSize(80).numberOfFragments(1).noMatchSize(80))
				.fetch((safePage - 1) * size, size);
		return new Result(result.total().hitCount(), withCatalogue(result.hits()), safePage, size);
	}

	/** The hits with their issuing body, topic and genre, read from the database in one query. */
	private List<Hit> withCatalogue(List<Hit> hits) {
		if (hits.isEmpty()) {
			return hits;
		}
		var rows = new java.util.HashMap<Long, Object[]>();
		entityManager.createQuery("select i.id, i.issuingBody, i.topic, i.genre from InformationItem i where i.id in :ids",
				Object[].class).setParameter("ids", hits.stream().map(Hit::id).toList()).getResultList()
				.forEach(row -> rows.put((Long) row[0], row));
		return hits.stream().map(hit -> hit.withCatalogue(rows.get(hit.id()))).toList();
	}

	@SuppressWarnings("unchecked")
	private static Hit toHit(List<?> values) {
		String title = (String) values.get(1);
		List<String> titleHighlight = (List<String>) values.get(2);
		List<String> text = (List<String>) values.get(5);
		return new Hit((Long) values.get(0), title, titleHighlight.isEmpty() ? escape(title) : titleHighlight.get(0),
				(String) values.get(3), (LocalDate) values.get(4), text.isEmpty() ? "" : text.get(0), null, null, null);
	}

	static String escape(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
				.replace("\"", "&quot;");
	}
}
