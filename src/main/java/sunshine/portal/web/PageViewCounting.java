package sunshine.portal.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import sunshine.analytics.PageViews;

/**
 * 门户访问统计: each portal page served to a reader — a GET answered 200 with HTML, from the page cache or
 * rendered — is counted under its column or item ({@link PageViews}). Runs before the page cache, so a
 * cached page counts like a rendered one. Only the path and the user agent (to leave robots out) are
 * looked at; nothing is stored about the reader, and no cookie is set.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PageViewCounting extends OncePerRequestFilter {

	private static final Pattern ITEM = Pattern.compile("/disclosure/items/([0-9]{1,18})");
	private static final Pattern COLUMN = Pattern.compile("/disclosure/columns/([A-Za-z0-9-]{1,32})");
	private static final Pattern REPORT = Pattern.compile("/reports(/[0-9]{1,18})?");

	private final PageViews pageViews;

	PageViewCounting(PageViews pageViews) {
		this.pageViews = pageViews;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || section(path(request)) == null && !ITEM.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		String contentType = response.getContentType();
		if (response.getStatus() != HttpServletResponse.SC_OK || contentType == null || !contentType.startsWith("text/html")) {
			return;
		}
		String path = path(request);
		String userAgent = request.getHeader("User-Agent");
		Matcher item = ITEM.matcher(path);
		if (item.matches()) {
			pageViews.countItem(Long.parseLong(item.group(1)), userAgent);
		}
		else {
			pageViews.countPage(section(path), userAgent);
		}
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** The column or portal section a page belongs to; null for a page that is not counted. */
	static String section(String path) {
		Matcher column = COLUMN.matcher(path);
		if (column.matches()) {
			return column.group(1);
		}
		if (REPORT.matcher(path).matches()) {
			return PageViews.REPORTS;
		}
		return switch (path) {
			case "/" -> PageViews.HOME;
			case "/disclosure" -> PageViews.DISCLOSURE;
			case "/disclosure/catalogue" -> PageViews.CATALOGUE;
			case "/search" -> PageViews.SEARCH;
			case "/requests", "/requests/apply", "/requests/track" -> PageViews.REQUESTS;
			case "/petitions", "/petitions/submit", "/petitions/track", "/petitions/statistics" -> PageViews.PETITIONS;
			case "/petitions/board" -> PageViews.BOARD;
			case "/open-data" -> PageViews.OPEN_DATA;
			default -> null;
		};
	}
}
