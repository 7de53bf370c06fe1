package sunshine.abuse.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import sunshine.abuse.AbuseSettings;
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
		chain.doFilter(new ReadBody(request, body), response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, int limit) throws IOException {
		var body = new LinkedHashMap<String, Object>();
		body.put("error", "payload-too-large");
		body.put("message", messages.getMessage("abuse.bodyTooLarge", new Object[] { limit / 1024 }, locale(request)));
		body.put("maxBytes", limit);
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		// The rest of the body is not read: the connection cannot carry another request after it.
		response.setHeader("Connection", "close");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(JSON.writeValueAsString(body));
	}

	/**
	 * The caller's language as the rest of the API has it: {@code ?lang=en} (read from the query
	 * string only, never from the body), else the cookie or {@code Accept-Language}, else Chinese.
	 */
	private Locale locale(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query != null) {
			for (String pair : query.split("&")) {
				if (pair.startsWith("lang=") && pair.length() > 5) {
					return Locale.forLanguageTag(pair.substring(5).replace('_', '-'));
				}
			}
		}
		return locales.resolveLocale(request);
	}

	/** A request whose body has been read already (at most the limit), to be read again from memory. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			var in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("Synchronous reading only");
				}
			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}
	}
}
