package sunshine.portal.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import sunshine.disclosure.DisclosureEvents;
import sunshine.shared.AuditableEvent;

/**
 * The rendered HTML of the portal's disclosure pages — the home page, the 政府信息公开 column and its
 * sub-columns, the catalogue and the item pages — kept in memory for readers who are not signed in,
 * per address, language and version (standard or 关怀版), so that a page read ten thousand times is rendered once.
 *
 * <p>Invalidation: every change an editor makes in the disclosure module, and every annual report published
 * (the 信息公开年报 column lists them), empties the cache after its
 * transaction commits. On several nodes another node's change reaches this node's cache within
 * {@code sunshine.portal.page-cache.ttl} (a few seconds), after which every entry is rendered anew.
 * Only a plain 200 HTML answer that sets no cookie is kept; a request with a session, a signed-in
 * reader, or any method but GET always gets a fresh page. Each answer still passes through the
 * security filters, so its headers are those of a fresh page.
 */
@Component
class PublicPageCache extends OncePerRequestFilter {

	private static final Pattern CACHED = Pattern.compile(
			"/|/disclosure|/disclosure/catalogue|/disclosure/columns/[A-Za-z0-9-]{1,64}|/disclosure/items/[0-9]{1,18}");

	private static final int MAX_ENTRIES = 5_000;

	private record Page(byte[] body, String contentType, String contentLanguage, long storedAtNanos) {
	}

	private final Map<String, Page> pages = new ConcurrentHashMap<>();
	private final long ttlNanos;
	private final boolean enabled;

	/** The time to live is measured on the monotonic clock: it is a cache's age, not a legal time. */
	PublicPageCache(@Value("${sunshine.portal.page-cache.ttl:PT5S}") Duration ttl,
			@Value("${sunshine.portal.page-cache.enabled:true}") boolean enabled) {
		this.ttlNanos = ttl.toNanos();
		this.enabled = enabled;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !enabled || !"GET".equals(request.getMethod()) || !CACHED.matcher(request.getRequestURI()).matches()
				|| request.getRequestedSessionId() != null || request.getSession(false) != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!anonymous()) {
			chain.doFilter(request, response);
			return;
		}
		String key = key(request);
		long now = System.nanoTime();
		Page page = pages.get(key);
		if (page != null && now - page.storedAtNanos() < ttlNanos) {
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(page.contentType());
			if (page.contentLanguage() != null) {
				response.setHeader("Content-Language", page.contentLanguage());
			}
			response.setContentLength(page.body().length);
			response.getOutputStream().write(page.body());
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (wrapper.getStatus() == HttpServletResponse.SC_OK && wrapper.getContentType() != null
				&& wrapper.getContentType().startsWith("text/html") && !wrapper.containsHeader("Set-Cookie")
				&& request.getSession(false) == null) {
			if (pages.size() >= MAX_ENTRIES) {
				pages.clear();
			}
			pages.put(key, new Page(wrapper.getContentAsByteArray(), wrapper.getContentType(),
					wrapper.getHeader("Content-Language"), now));
		}
		wrapper.copyBodyToResponse();
	}

	/**
	 * Empties the cache once any change of the disclosure module ({@link DisclosureEvents}: an item
	 * published, withdrawn or revised, an attachment, an import, a document, a sub-column edited) has
	 * committed (a plain listener with an after-completion hook: a transactional listener on every
	 * audited event would have each citizen's submission write an event publication row).
	 */
	@EventListener
	void on(AuditableEvent event) {
		// the 信息公开年报 column lists the published annual reports besides its items
		if (event.getClass().getEnclosingClass() != DisclosureEvents.class
				&& !(event instanceof sunshine.reporting.document.AnnualReportEvents.Published)) {
			return;
		}
		clear();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// once more after the commit: a page rendered meanwhile from the old rows is not kept
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					clear();
				}
			});
		}
	}

	/** Drops every kept page. */
	void clear() {
		pages.clear();
	}

	private static boolean anonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated();
	}

	/** Address, query, the reader's language (the {@code lang} parameter, else its cookie) and the 关怀版 choice. */
	private static String key(HttpServletRequest request) {
		String language = request.getParameter("lang");
		if (language == null && request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if ("sunshine-lang".equals(cookie.getName())) {
					language = cookie.getValue();
				}
			}
		}
		String query = request.getQueryString();
		return (language == null ? "" : language) + (sunshine.portal.Portal.care(request) ? " care " : " ")
				+ request.getRequestURI() + (query == null ? "" : "?" + query);
	}
}
