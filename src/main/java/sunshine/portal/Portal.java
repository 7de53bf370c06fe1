package sunshine.portal;

import java.util.Arrays;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What every page's layout asks of the portal ({@code @portal} in the templates): the site's identity
 * ({@link PortalSettings}) and whether the reader chose the 关怀版 — the elder-friendly version of
 * 工业和信息化部《互联网网站适老化通用设计规范》(2021): larger type, higher contrast, a simpler layout.
 * The choice lives in a cookie ({@link #CARE_COOKIE}), never in a session.
 */
@Component("portal")
public class Portal {

	/** The cookie that remembers the 关怀版 for a year. */
	public static final String CARE_COOKIE = "SUNSHINE-CARE";

	private final PortalSettings settings;

	Portal(PortalSettings settings) {
		this.settings = settings;
	}

	public PortalSettings settings() {
		return settings;
	}

	/** The site's name in the reader's language. */
	public String siteName() {
		return english() ? settings.siteNameEn() : settings.siteName();
	}

	/** The agency's name in the reader's language. */
	public String agencyName() {
		return english() ? settings.agencyNameEn() : settings.agencyName();
	}

	private static boolean english() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

	/** Whether the request being answered asked for the 关怀版. */
	public boolean care() {
		HttpServletRequest request = current();
		return request != null && care(request);
	}

	public static boolean care(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		return cookies != null
				&& Arrays.stream(cookies).anyMatch(c -> CARE_COOKIE.equals(c.getName()) && "1".equals(c.getValue()));
	}

	/** The page being answered (path and query, without the context path): where the switch comes back to. */
	public String currentPath() {
		HttpServletRequest request = current();
		if (request == null) {
			return "/";
		}
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = failed instanceof String path ? path : request.getRequestURI();
		String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
		String query = failed == null ? request.getQueryString() : null;
		return safeReturn(query == null ? path : path + "?" + query);
	}

	/** A path on this site to go back to; anything else (another host, a scheme, a line break) is the home page. */
	public static String safeReturn(String path) {
		if (path == null || path.isEmpty() || path.length() > 2000 || !path.startsWith("/") || path.startsWith("//")
				|| path.contains("\\") || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
			return "/";
		}
		return path;
	}

	private static HttpServletRequest current() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}
}
