package sunshine.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;

import sunshine.agency.Agency;
import sunshine.agency.AgencyLookup;
import sunshine.disclosure.DisclosureQueries;
import sunshine.disclosure.InformationItem;

/**
 * Counts the portal's page views (门户访问统计) in memory and adds them to the database in batches.
 *
 * <p>{@link #count} is all a page view costs: a robot check on the user agent and an increment of an
 * in-memory counter keyed by month (Asia/Shanghai), column and item. Nothing about the reader is kept —
 * no address, no cookie, no user agent. Every {@code sunshine.analytics.flush-interval} (10 seconds by
 * default), and when the node stops, the counts are taken out of memory and added to
 * {@code portal_page_view} with {@code views = views + n}: on two nodes each adds its own counts, and
 * the table holds their sum. An item page is counted under the item's column and agency, looked up
 * once per item per batch; any other page under its portal section ({@code @home} …) and the agency
 * at the top of the tree.
 */
@Service
public class PageViews {

	private static final Logger log = LoggerFactory.getLogger(PageViews.class);

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/**
	 * User agents that are robots, not readers: crawlers and spiders by their own name, command-line
	 * and library HTTP clients, link previews, monitoring probes and headless browsers. A request
	 * without a user agent is not a reader either.
	 */
	static final Pattern ROBOTS = Pattern.compile("(?i)(bot\\b|bot/|bot;|robot|crawl|spider|slurp|baidu|yandex|sogou|"
			+ "bingpreview|mediapartners|facebookexternalhit|embedly|preview|curl/|wget/|httpie|python-|python/|java/|"
			+ "java-http-client|okhttp|apache-httpclient|go-http-client|libwww|scrapy|node-fetch|axios/|"
			+ "headlesschrome|phantomjs|lighthouse|pingdom|uptime|monitor|check_http|feedfetcher|archiver)");

	/** The portal sections that are not a disclosure column: their code starts with {@code @}. */
	public static final String HOME = "@home";
	public static final String DISCLOSURE = "@disclosure";
	public static final String CATALOGUE = "@catalogue";
	public static final String SEARCH = "@search";
	public static final String REQUESTS = "@requests";
	public static final String PETITIONS = "@petitions";
	public static final String BOARD = "@board";
	public static final String REPORTS = "@reports";
	public static final String OPEN_DATA = "@open-data";

	private record Key(int year, int month, String column, long itemId) {
	}

	private record Target(String column, long agencyId) {
	}

	private final Map<Key, LongAdder> pending = new ConcurrentHashMap<>();
	private final JdbcClient jdbc;
	private final DisclosureQueries disclosure;
	private final AgencyLookup agencies;
	private final Clock clock;

	PageViews(JdbcClient jdbc, DisclosureQueries disclosure, AgencyLookup agencies, Clock clock) {
		this.jdbc = jdbc;
		this.disclosure = disclosure;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** Whether the user agent is a robot's (or missing): such requests are not counted. */
	public static boolean isRobot(String userAgent) {
		return userAgent == null || userAgent.isBlank() || ROBOTS.matcher(userAgent).find();
	}

	/** One view of a portal section's page ({@link #HOME} …) or a disclosure column's page (its code). */
	public void countPage(String column, String userAgent) {
		count(column, 0, userAgent);
	}

	/** One view of an information item's page; its column is looked up when the batch is written. */
	public void countItem(long itemId, String userAgent) {
		count("", itemId, userAgent);
	}

	private void count(String column, long itemId, String userAgent) {
		if (isRobot(userAgent)) {
			return;
		}
		LocalDate today = LocalDate.now(clock.withZone(SHANGHAI));
		pending.computeIfAbsent(new Key(today.getYear(), today.getMonthValue(), column, itemId), k -> new LongAdder())
				.increment();
	}

	/** The views counted on this node and not yet written. */
	public long pendingViews() {
		return pending.values().stream().mapToLong(LongAdder::sum).sum();
	}

	/**
	 * Adds the counts gathered so far to the database and forgets them. A count that cannot be
	 * written (the database is down) is put back for the next batch.
	 */
	@Scheduled(fixedDelayString = "${sunshine.analytics.flush-interval:PT10S}",
			initialDelayString = "${sunshine.analytics.flush-interval:PT10S}")
	public synchronized void flush() {
		if (pending.isEmpty()) {
			return;
		}
		Map<Key, Long> batch = new HashMap<>();
		for (Key key : pending.keySet()) {
			LongAdder adder = pending.remove(key);
			if (adder != null && adder.sum() > 0) {
				batch.merge(key, adder.sum(), Long::sum);
			}
		}
		Map<Long, Optional<Target>> items = new HashMap<>();
		Long host = hostAgency();
		Map<Key, Long> failed = new HashMap<>();
		for (var entry : batch.entrySet()) {
			Key key = entry.getKey();
			Target target;
			if (key.itemId() == 0) {
				if (host == null) {
					continue; // no agency yet: nothing to count it under
				}
				target = new Target(key.column(), host);
			}
			else {
				target = items.computeIfAbsent(key.itemId(), id -> disclosure.publishedItem(id)
						.map(item -> new Target(columnOf(item), item.getAgencyId()))).orElse(null);
				if (target == null) {
					continue; // no longer published: nothing to count it under
				}
			}
			try {
				add(key, target, entry.getValue());
			}
			catch (RuntimeException e) {
				failed.put(key, entry.getValue());
				log.warn("门户访问统计未能写入，下一批重试: {}", e.getMessage());
			}
		}
		failed.forEach((key, n) -> pending.computeIfAbsent(key, k -> new LongAdder()).add(n));
	}

	@PreDestroy
	void flushOnShutdown() {
		try {
			flush();
		}
		catch (RuntimeException e) {
			log.warn("门户访问统计在停止时未能写入: {}", e.getMessage());
		}
	}

	private static String columnOf(InformationItem item) {
		return item.getColumnCode() == null || item.getColumnCode().isBlank() ? CATALOGUE : item.getColumnCode();
	}

	private Long hostAgency() {
		return agencies.tree().stream().filter(a -> a.getParentId() == null).map(Agency::getId).findFirst()
				.orElse(null);
	}

	/** {@code views = views + n}, inserting the row the first time; a row another node inserted meanwhile is added to. */
	private void add(Key key, Target target, long n) {
		for (int attempt = 0; attempt < 3; attempt++) {
			int updated = jdbc.sql("""
					update portal_page_view set views = views + :n
					where view_year = :y and view_month = :m and column_code = :column and item_id = :item""")
					.param("n", n).param("y", key.year()).param("m", key.month()).param("column", target.column())
					.param("item", key.itemId()).update();
			if (updated > 0) {
				return;
			}
			try {
				jdbc.sql("""
						insert into portal_page_view (view_year, view_month, column_code, item_id, agency_id, views)
						values (:y, :m, :column, :item, :agency, :n)""")
						.param("y", key.year()).param("m", key.month()).param("column", target.column())
						.param("item", key.itemId()).param("agency", target.agencyId()).param("n", n).update();
				return;
			}
			catch (DuplicateKeyException raced) {
				// another node inserted the row between our update and insert: add to it
			}
		}
		throw new IllegalStateException("portal_page_view row could not be written");
	}
}
