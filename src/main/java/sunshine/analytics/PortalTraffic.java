package sunshine.analytics;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sunshine.disclosure.DisclosureQueries;

/**
 * The portal's page views as the editors' console shows them: per month of a year, per column and the
 * most read items, each a SQL {@code group by} over {@code portal_page_view} (a row per month, column and
 * item, never per view).
 */
@Service
@Transactional(readOnly = true)
public class PortalTraffic {

	/** Views of one month ({@code 1..12}). */
	public record Month(int month, long views) {
	}

	/** Views of one column: its code ({@code @home} for a portal section) and its Chinese name. */
	public record Column(String code, String name, long views) {
	}

	/** Views of one item, with its title (blank when the item is no longer published). */
	public record Item(long itemId, String title, String column, long views) {
	}

	private final JdbcClient jdbc;
	private final DisclosureQueries disclosure;

	PortalTraffic(JdbcClient jdbc, DisclosureQueries disclosure) {
		this.jdbc = jdbc;
		this.disclosure = disclosure;
	}

	/** The twelve months of the year, each with its views (0 for a month without any). */
	public List<Month> months(int year) {
		long[] views = new long[12];
		jdbc.sql("select view_month, sum(views) from portal_page_view where view_year = :y group by view_month")
				.param("y", year).query(rs -> {
					views[rs.getInt(1) - 1] = rs.getLong(2);
				});
		List<Month> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(new Month(m, views[m - 1]));
		}
		return months;
	}

	/** The columns read in the year, most read first; {@code month} 0 for the whole year. */
	public List<Column> columns(int year, int month, java.util.function.Function<String, String> sectionName) {
		var names = new java.util.HashMap<String, String>();
		disclosure.columns().forEach(c -> names.put(c.getCode(), c.getName()));
		return jdbc.sql("""
				select column_code, sum(views) as n from portal_page_view
				where view_year = :y and (:m = 0 or view_month = :m)
				group by column_code order by n desc, column_code""")
				.param("y", year).param("m", month)
				.query((rs, n) -> {
					String code = rs.getString(1);
					String name = code.startsWith("@") ? sectionName.apply(code.substring(1)) : names.getOrDefault(code, code);
					return new Column(code, name, rs.getLong(2));
				}).list();
	}

	/** The most read items of the year, at most {@code limit}; {@code month} 0 for the whole year. */
	public List<Item> popularItems(int year, int month, int limit) {
		var names = new java.util.HashMap<String, String>();
		disclosure.columns().forEach(c -> names.put(c.getCode(), c.getName()));
		return jdbc.sql("""
				select item_id, column_code, sum(views) as n from portal_page_view
				where view_year = :y and (:m = 0 or view_month = :m) and item_id <> 0
				group by item_id, column_code order by n desc, item_id
				limit :limit""")
				.param("y", year).param("m", month).param("limit", limit)
				.query((rs, n) -> new Item(rs.getLong(1),
						disclosure.publishedItem(rs.getLong(1)).map(i -> i.getTitle()).orElse(""),
						names.getOrDefault(rs.getString(2), rs.getString(2)), rs.getLong(3)))
				.list();
	}

	/** The views of one item in a month (for tests and the item's own figure). */
	public long itemViews(long itemId, int year, int month) {
		return jdbc.sql("""
				select coalesce(sum(views), 0) from portal_page_view
				where item_id = :item and view_year = :y and view_month = :m""")
				.param("item", itemId).param("y", year).param("m", month).query(Long.class).single();
	}

	/** The views of a column or section in a month. */
	public long columnViews(String column, int year, int month) {
		return jdbc.sql("""
				select coalesce(sum(views), 0) from portal_page_view
				where column_code = :column and view_year = :y and view_month = :m""")
				.param("column", column).param("y", year).param("m", month).query(Long.class).single();
	}
}
