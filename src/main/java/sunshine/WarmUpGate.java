package sunshine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
		response.setHeader("Cache-Control", "no-store");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String accept = request.getHeader("Accept");
		if (path.startsWith("/api/") || (accept != null && accept.contains("json") && !accept.contains("html"))) {
			response.setContentType("application/json");
			response.getWriter().write("{\"error\":\"starting\",\"message\":\"" + json(message) + "\",\"retryAfterSeconds\":"
					+ retryAfterSeconds + "}");
			return;
		}
		String title = HtmlUtils.htmlEscape(messages.getMessage("warmUp.title", null, locale));
		String site = HtmlUtils.htmlEscape(messages.getMessage("site.name", null, locale));
		response.setContentType("text/html");
		response.getWriter().write("""
				<!DOCTYPE html>
				<html lang="%s">
				<head>
				  <meta charset="UTF-8">
				  <meta name="viewport" content="width=device-width, initial-scale=1">
				  <title>%s - %s</title>
				  <link rel="stylesheet" href="%s/css/sunshine.css">
				</head>
				<body>
				<main id="main" class="content narrow">
				  <h1>%s</h1>
				  <p class="alert info" role="status" id="warming-up">%s</p>
				</main>
				</body>
				</html>
				""".formatted(locale.toLanguageTag(), title, site, request.getContextPath(), title,
				HtmlUtils.htmlEscape(message)));
	}

	private static String json(String text) {
		var out = new StringBuilder();
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}
}
