package sunshine.abuse.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import sunshine.abuse.AbuseSettings;
import sunshine.shared.web.BufferedBodyRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public submission endpoints ({@code POST /api/v1/petitions}, {@code POST /api/v1/requests})
 * take at most {@code sunshine.abuse.max-json-bytes} of body. A larger one is answered with 413 and
 * a message in the caller's language before anything reads it: by its {@code Content-Length} when
 * it declares one, else (a chunked body) by counting while reading and stopping one byte past the
 * limit — so memory never holds more than the limit, whatever a client sends.
 *
 * <p>Runs first of all filters, before the one that cleans JSON bodies reads them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SubmissionSizeFilter extends OncePerRequestFilter {

	/** The public endpoints that take a JSON body from anyone (SecurityConfiguration.PUBLIC_API's writes). */
	static final Set<String> SUBMISSION_PATHS = Set.of("/api/v1/petitions", "/api/v1/requests");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AbuseSettings settings;
	private final MessageSource messages;
	private final LocaleResolver locales;

	SubmissionSizeFilter(AbuseSettings settings, MessageSource messages, LocaleResolver locales) {
		this.settings = settings;
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.length() > 1 && path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		return !"POST".equals(request.getMethod()) || !SUBMISSION_PATHS.contains(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		int limit = settings.maxJsonBytes();
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			refuse(request, response, limit);
			return;
		}
		if (declared >= 0) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(limit + 1);
		if (body.length > limit) {
			refuse(request, response, limit);
			return;
		}
		chain.doFilter(new BufferedBodyRequest(request, body), response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, int limit) throws IOException {
		var body = new LinkedHashMap<String, Object>();
		body.put("error", "payload-too-large");
		body.put("message", messages.getMessage("abuse.bodyTooLarge", new Object[] { limit / 1024 },
				BufferedBodyRequest.language(request, locales)));
		body.put("maxBytes", limit);
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		// The rest of the body is not read: the connection cannot carry another request after it.
		response.setHeader("Connection", "close");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(JSON.writeValueAsString(body));
	}
}
