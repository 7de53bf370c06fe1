package sunshine.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Removes the NUL character from what people submit — form fields and JSON bodies — before any
 * module sees it. It carries no meaning in any field of Sunshine, and PostgreSQL refuses to store
 * or even compare a text that contains it, so left in it would turn a citizen's submission into a
 * server error. Parameters are cleaned on every request — from the address or from a form, an
 * upload form's text fields included (the petition form is one) — and files pass through untouched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ControlCharacterFilter extends OncePerRequestFilter {

	/** The escape \u0000 inside a JSON string, but not the text "\u0000" written with an escaped backslash. */
	private static final Pattern JSON_NUL = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u0000", Pattern.CASE_INSENSITIVE);
	private static final int MAX_JSON_BYTES = 2 * 1024 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
		HttpServletRequest body = request;
		if (type.startsWith("application/json") && request.getContentLengthLong() <= MAX_JSON_BYTES) {
			byte[] read = request.getInputStream().readNBytes(MAX_JSON_BYTES + 1);
			String clean = JSON_NUL.matcher(new String(read, StandardCharsets.UTF_8).replace("\u0000", "")).replaceAll("$1");
			body = new BufferedBodyRequest(request, clean.getBytes(StandardCharsets.UTF_8));
		}
		// Parameters of every request, whatever its method and type: a POST may carry them in its address.
		chain.doFilter(new CleanParameters(body), response);
	}

	static String strip(String value) {
		return value == null || value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "");
	}

	private static final class CleanParameters extends HttpServletRequestWrapper {

		CleanParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return strip(super.getParameter(name));
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = super.getParameterValues(name);
			return values == null ? null : Arrays.stream(values).map(ControlCharacterFilter::strip).toArray(String[]::new);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			var clean = new LinkedHashMap<String, String[]>();
			super.getParameterMap().forEach((name, values) -> clean.put(name,
					Arrays.stream(values).map(ControlCharacterFilter::strip).toArray(String[]::new)));
			return java.util.Collections.unmodifiableMap(clean);
		}
	}
}
