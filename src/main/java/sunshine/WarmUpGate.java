package sunshine;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import sunshine.shared.web.BufferedBodyRequest;
import sunshine.shared.web.ErrorAnswers;

/**
 * Until the node is ready ({@link WarmUp}), every page and API answers 503 with a message in the
 * reader's language (Chinese by default) and {@code Retry-After}, instead of reaching a login or a
 * submission that could not work yet; the health endpoints and the static files pass. A load
 * balancer that follows the readiness probe sends nothing here meanwhile; this gate covers those
 * that do not, and the first seconds. The same holds while the node shuts down (Spring Boot turns
 * readiness to refusing traffic then).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WarmUpGate extends OncePerRequestFilter {

	private final WarmUp warmUp;
	private final MessageSource messages;
	private final LocaleResolver locales;
	private final int retryAfterSeconds;

	WarmUpGate(WarmUp warmUp, MessageSource messages, LocaleResolver locales,
			@Value("${sunshine.warm-up.retry-after-seconds:5}") int retryAfterSeconds) {
		this.warmUp = warmUp;
		this.messages = messages;
		this.locales = locales;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (warmUp.ready()) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/actuator/") || path.equals("/actuator") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.startsWith("/images/") || path.startsWith("/fonts/")
				|| path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Locale locale = BufferedBodyRequest.language(request, locales);
		String message = messages.getMessage("warmUp.message", new Object[] { retryAfterSeconds }, locale);
		response.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
		response.setHeader("Cache-Control", "no-store");
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String accept = request.getHeader("Accept");
		if (path.startsWith("/api/") || (accept != null && accept.contains("json") && !accept.contains("html"))) {
			var body = new LinkedHashMap<String, Object>();
			body.put("error", "starting");
			body.put("message", message);
			body.put("retryAfterSeconds", retryAfterSeconds);
			ErrorAnswers.writeJson(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, body);
			return;
		}
		ErrorAnswers.writePage(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, locale, request.getContextPath(),
				messages.getMessage("warmUp.title", null, locale), messages.getMessage("site.name", null, locale),
				"<p class=\"alert info\" role=\"status\" id=\"warming-up\">" + HtmlUtils.htmlEscape(message) + "</p>");
	}
}
