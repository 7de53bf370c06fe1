/**
 * 门户访问统计: the portal's page views counted on the server, without a third-party tracker, cookies or
 * personal data. The portal reports each page it served to a reader ({@link sunshine.analytics.PageViews#count});
 * requests whose user agent names a robot are not counted. Counts are kept in memory per month, column and
 * item and added to the {@code portal_page_view} table in batches ({@code views = views + n}), so a page view
 * costs no database write of its own and several nodes add up. {@link sunshine.analytics.PortalTraffic} reads
 * them for the editors' console page ({@code /console/disclosure/analytics}, with charts), and the view
 * {@code report_portal_page_views} gives reporting the live figure 门户.月均访问量.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics 门户访问统计",
		allowedDependencies = { "shared", "agency", "disclosure" })
package sunshine.analytics;
