package sunshine.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import sunshine.SunshineIntegrationTest;
import sunshine.agency.AgencyLookup;
import sunshine.disclosure.DisclosureQueries;
import sunshine.reporting.document.ReportFigures;

/**
 * 门户访问统计 from the outside: the portal's item pages opened N times by a browser count N, robots not at
 * all, two nodes' counts add up, the editors' page shows them, and the annual report's live figure
 * 门户.月均访问量 is the year's views over its months, worked out here from the table itself.
 */
@SunshineIntegrationTest
class PortalAnalyticsIntegrationTests {

	static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
			+ "Chrome/120.0.0.0 Safari/537.36";
	static final List<String> ROBOTS = List.of("Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
			"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "curl/8.5.0", "python-requests/2.31.0");

	@Autowired
	MockMvc mvc;

	@Autowired
	PageViews pageViews;

	@Autowired
	PortalTraffic traffic;

	@Autowired
	DisclosureQueries disclosure;

	@Autowired
	AgencyLookup agencies;

	@Autowired
	ReportFigures figures;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void countsEachReadersViewOnceAndNoRobot() throws Exception {
		Random random = new Random(System.nanoTime());
		var items = disclosure.catalogue(new DisclosureQueries.CatalogueFilter(null, null, null, null, null), 1, 20).rows();
		var item = items.get(random.nextInt(items.size()));
		LocalDate today = LocalDate.now(clock);
		pageViews.flush();
		long before = traffic.itemViews(item.id(), today.getYear(), today.getMonthValue());
		long homeBefore = traffic.columnViews(PageViews.HOME, today.getYear(), today.getMonthValue());
		int n = 2 + random.nextInt(9);
		int robots = 1 + random.nextInt(6);
		for (int i = 0; i < n; i++) {
			assertThat(mvc.perform(get("/disclosure/items/{id}", item.id()).header("User-Agent", BROWSER)).andReturn()
					.getResponse().getStatus()).isEqualTo(200);
		}
		for (int i = 0; i < robots; i++) {
			mvc.perform(get("/disclosure/items/{id}", item.id()).header("User-Agent", ROBOTS.get(i % ROBOTS.size())));
			mvc.perform(get("/").header("User-Agent", ROBOTS.get(i % ROBOTS.size())));
		}
		mvc.perform(get("/disclosure/items/{id}", item.id())); // no user agent at all
		mvc.perform(get("/disclosure/items/{id}", 999_999_999L).header("User-Agent", BROWSER)); // 404: not a view
		mvc.perform(get("/").header("User-Agent", BROWSER));
		assertThat(pageViews.pendingViews()).as("counted in memory, not yet written").isGreaterThanOrEqualTo(n + 1);
		assertThat(traffic.itemViews(item.id(), today.getYear(), today.getMonthValue())).isEqualTo(before);
		pageViews.flush();
		assertThat(traffic.itemViews(item.id(), today.getYear(), today.getMonthValue())).isEqualTo(before + n);
		assertThat(traffic.columnViews(PageViews.HOME, today.getYear(), today.getMonthValue())).isEqualTo(homeBefore + 1);
		// counted under the item's own column and agency
		var row = jdbc.sql("""
				select column_code, agency_id from portal_page_view
				where item_id = :item and view_year = :y and view_month = :m""")
				.param("item", item.id()).param("y", today.getYear()).param("m", today.getMonthValue())
				.query((rs, i) -> List.of(rs.getString(1), rs.getLong(2))).single();
		assertThat(row.get(1)).isEqualTo(item.agencyId());
		assertThat(row.get(0)).isEqualTo(item.columnCode() == null ? PageViews.CATALOGUE : item.columnCode());
	}

	@Test
	void twoNodesCountingTheSameItemAddUp() {
		var item = disclosure.catalogue(new DisclosureQueries.CatalogueFilter(null, null, null, null, null), 1, 1).rows().get(0);
		LocalDate today = LocalDate.now(clock);
		pageViews.flush();
		long before = traffic.itemViews(item.id(), today.getYear(), today.getMonthValue());
		PageViews otherNode = new PageViews(jdbc, disclosure, agencies, clock);
		Random random = new Random(System.nanoTime());
		int here = 1 + random.nextInt(20);
		int there = 1 + random.nextInt(20);
		for (int i = 0; i < Math.max(here, there); i++) {
			if (i < here) {
				pageViews.countItem(item.id(), BROWSER);
			}
			if (i < there) {
				otherNode.countItem(item.id(), BROWSER);
			}
		}
		otherNode.flush();
		pageViews.flush();
		assertThat(traffic.itemViews(item.id(), today.getYear(), today.getMonthValue())).isEqualTo(before + here + there);
		// a flush with nothing new changes nothing
		otherNode.flush();
		assertThat(traffic.itemViews(item.id(), today.getYear(), today.getMonthValue())).isEqualTo(before + here + there);
	}

	@Test
	void monthlyAverageIsALiveFigureOfTheAnnualReport() throws Exception {
		PageViews node = new PageViews(jdbc, disclosure, agencies, clock);
		var item = disclosure.catalogue(new DisclosureQueries.CatalogueFilter(null, null, null, null, null), 1, 5).rows().get(4);
		for (int i = 0; i < 7; i++) {
			node.countItem(item.id(), BROWSER);
			node.countPage(PageViews.HOME, BROWSER);
		}
		pageViews.flush();
		node.flush();
		LocalDate today = LocalDate.now(clock);
		long root = agencies.byCode("640000-xfj").orElseThrow().getId();
		// the whole portal's views of the year, read straight from the table: the region's agency has them all
		long views = jdbc.sql("select coalesce(sum(views), 0) from portal_page_view where view_year = :y")
				.param("y", today.getYear()).query(Long.class).single();
		BigDecimal expected = BigDecimal.valueOf(views).divide(BigDecimal.valueOf(today.getMonthValue()), 0, RoundingMode.HALF_UP);
		var figure = figures.of(root, today.getYear()).stream()
				.filter(f -> f.key().equals(ReportFigures.PORTAL_MONTHLY_VIEWS)).findFirst().orElseThrow();
		assertThat(figure.value()).isEqualByComparingTo(expected);
		assertThat(figure.label()).isEqualTo("门户网站月均访问量");
		assertThat(figure.reference()).isEqualTo("{{门户.月均访问量}}");
		// the item's own agency has at least its item's views; a past year without views averages 0 over 12 months
		var own = figures.of(item.agencyId(), today.getYear()).stream()
				.filter(f -> f.key().equals(ReportFigures.PORTAL_MONTHLY_VIEWS)).findFirst().orElseThrow();
		assertThat(own.value().multiply(BigDecimal.valueOf(today.getMonthValue())).add(BigDecimal.valueOf(today.getMonthValue())))
				.isGreaterThanOrEqualTo(BigDecimal.valueOf(7));
		var old = figures.of(root, 2001).stream().filter(f -> f.key().equals(ReportFigures.PORTAL_MONTHLY_VIEWS)).findFirst()
				.orElseThrow();
		assertThat(old.value()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(figures.of(root, today.getYear() + 1)).noneMatch(f -> f.key().equals(ReportFigures.PORTAL_MONTHLY_VIEWS));
	}

	@Test
	void theDemoRegionsPortalHadOverTwentyThousandViewsAMonthIn2017AsTheSeedReportSays() {
		long root = agencies.byCode("640000-xfj").orElseThrow().getId();
		long views = jdbc.sql("select coalesce(sum(views), 0) from portal_page_view where view_year = 2017")
				.query(Long.class).single();
		var figure = figures.of(root, 2017).stream().filter(f -> f.key().equals(ReportFigures.PORTAL_MONTHLY_VIEWS))
				.findFirst().orElseThrow();
		assertThat(figure.value()).isEqualByComparingTo(BigDecimal.valueOf(views).divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP));
		assertThat(figure.value()).isGreaterThan(BigDecimal.valueOf(20_000));
		// every month of the year was above 20 000 too, counted straight from the table
		var months = jdbc.sql("select view_month, sum(views) from portal_page_view where view_year = 2017 group by view_month")
				.query((rs, n) -> rs.getLong(2)).list();
		assertThat(months).hasSize(12).allMatch(v -> v > 20_000);
	}

	@Test
	void editorsSeeTheViewsWithCharts() throws Exception {
		var item = disclosure.catalogue(new DisclosureQueries.CatalogueFilter(null, null, null, null, null), 1, 1).rows().get(0);
		for (int i = 0; i < 3; i++) {
			pageViews.countItem(item.id(), BROWSER);
		}
		pageViews.flush();
		var editor = users.loadUserByUsername("editor");
		var result = mvc.perform(get("/console/disclosure/analytics").with(user(editor))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("访问统计", "各月访问量", "热门信息", "data-labels", "echarts", item.title());
		var handler = users.loadUserByUsername("handler");
		assertThat(mvc.perform(get("/console/disclosure/analytics").with(user(handler))).andReturn().getResponse().getStatus())
				.isEqualTo(403);
	}
}
