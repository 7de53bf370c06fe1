package sunshine.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.core.annotation.Order;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import sunshine.agency.AgencyLookup;
import sunshine.analytics.PageViews;

/**
 * 门户访问统计 of the demo region, 2016–2025: the portal's page views per month, section, column and most read
 * items, so that the editors' charts have a history and the annual report's live figure 门户.月均访问量 has
 * values. The seed report says 2017's monthly average was above 20 000 (“月均访问量超过 2 万次”); every demo
 * month gets 20 500 to 24 500 views, drawn from a fixed seed so that the demo is the same on every start.
 * The rest of each month (16 %) goes to the eight newest items published by then, the newest read most.
 */
@Component
class AnalyticsDemoData {

	static final int FIRST_YEAR = 2016;
	static final int LAST_YEAR = 2025;

	/** How a month's views spread over the portal: section or column and its share in per mille. */
	private static final String[][] SHARES = { { PageViews.HOME, "300" }, { PageViews.DISCLOSURE, "90" },
			{ PageViews.CATALOGUE, "110" }, { PageViews.SEARCH, "60" }, { PageViews.REQUESTS, "40" },
			{ PageViews.PETITIONS, "90" }, { PageViews.BOARD, "80" }, { PageViews.REPORTS, "30" },
			{ "guide", "20" }, { "regulations", "20" } };

	private final JdbcTemplate jdbc;
	private final AgencyLookup agencies;

	AnalyticsDemoData(JdbcTemplate jdbc, AgencyLookup agencies) {
		this.jdbc = jdbc;
		this.agencies = agencies;
	}

	/** After every area has written its records (the items), before the annual reports are published. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	@Order(0)
	void on(DemoData.RegionLoaded event) {
		long region = agencies.byCode(DemoData.SEED_AGENCY).orElseThrow().getId();
		Random random = new Random(20171231L);
		List<Object[]> rows = new ArrayList<>();
		for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			for (int month = 1; month <= 12; month++) {
				int total = 20_500 + random.nextInt(4_001);
				int written = 0;
				Object[] home = null;
				for (String[] share : SHARES) {
					int views = total * Integer.parseInt(share[1]) / 1000;
					Object[] row = { year, month, share[0], 0L, region, (long) views };
					home = home == null ? row : home;
					rows.add(row);
					written += views;
				}
				java.time.LocalDate lastDay = java.time.YearMonth.of(year, month).atEndOfMonth();
				List<Object[]> items = jdbc.query("""
						select id, agency_id, column_code from disclosure_item
						where status = 'PUBLISHED' and published_on <= ?
						order by published_on desc, id desc fetch first 8 rows only""",
						(rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3) }, lastDay);
				int forItems = total - written;
				for (int i = 0; i < items.size(); i++) {
					Object[] item = items.get(i);
					// the newest item is read most; the last takes what is left, so the month adds up to its total
					int views = i == items.size() - 1 ? forItems : forItems / (i + 2);
					forItems -= views;
					String column = item[2] == null ? PageViews.CATALOGUE : (String) item[2];
					rows.add(new Object[] { year, month, column, item[0], item[1], (long) views });
				}
				if (items.isEmpty()) {
					home[5] = (long) home[5] + forItems;
				}
			}
		}
		jdbc.batchUpdate("""
				insert into portal_page_view (view_year, view_month, column_code, item_id, agency_id, views)
				values (?, ?, ?, ?, ?, ?)""", rows);
	}
}
