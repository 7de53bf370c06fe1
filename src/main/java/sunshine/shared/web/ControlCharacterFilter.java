package sunshine.shared.web;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
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
import sunshine.shared.PublicText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Cleans what people submit — form fields, parameters and JSON bodies — before any module sees it:
 * <ul>
 * <li>the character set a body declares is honoured (a JSON body in GB 18030 is read as GB 18030
 * and handed on in UTF-8), and one Java does not know is refused with 415 in Chinese;</li>
 * <li>NUL is removed: it carries no meaning in any field of Sunshine, and PostgreSQL refuses to
 * store or even compare a text that contains it;</li>
 * <li>every text is cleaned by {@link PublicText#clean}: bidirectional controls removed, a text of
 * only invisible characters made empty — so no field, on any route, keeps an RTL override or takes
 * zero-width spaces for a name.</li>
 * </ul>
 * Parameters are cleaned on every request — from the address or from a form, an upload form's
 * text fields included — and files pass through untouched; passwords are left exactly as typed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ControlCharacterFilter extends OncePerRequestFilter {

	/** The request attribute naming the charset a body declared that cannot be read (for the 415 message). */
	static final String UNKNOWN_CHARSET = "sunshine.unknownCharset";

	/** The escape \u0000 inside a JSON string, but not the text "\u0000" written with an escaped backslash. */
	private static final Pattern JSON_NUL = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u0000", Pattern.CASE_INSENSITIVE);
	private static final int MAX_JSON_BYTES = 2 * 1024 * 1024;
	private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*(\"[^\"]*\"|[^;]*)", Pattern.CASE_INSENSITIVE);
	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
		Charset charset = StandardCharsets.UTF_8;
		if (!type.isEmpty()) {
			String declared = declaredCharset(request.getContentType());
			if (declared != null) {
				if (!isKnown(declared)) {
					request.setAttribute(UNKNOWN_CHARSET, declared);
					response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
					return;
				}
				charset = Charset.forName(declared);
			}
		}
		HttpServletRequest body = request;
		if (type.startsWith("application/json") && request.getContentLengthLong() <= MAX_JSON_BYTES) {
			byte[] read = request.getInputStream().readNBytes(MAX_JSON_BYTES + 1);
			String clean = JSON_NUL.matcher(new String(read, charset).replace("\u0000", "")).replaceAll("$1");
			body = new Utf8JsonRequest(request, cleanJson(clean).getBytes(StandardCharsets.UTF_8));
		}
		// Parameters of every request, whatever its method and type: a POST may carry them in its address.
		chain.doFilter(new CleanParameters(body), response);
	}

	/** The charset parameter as written (not parsed by a MIME library, which throws on an unknown one). */
	private static String declaredCharset(String contentType) {
		var matcher = CHARSET.matcher(contentType);
		return matcher.find() ? matcher.group(1).replace("\"", "").strip() : null;
	}

	private static boolean isKnown(String charset) {
		try {
			return Charset.isSupported(charset);
		}
		catch (RuntimeException e) {
			return false;
		}
	}

	/** The JSON with every string value cleaned; as it came when it is not JSON (the controller says so). */
	static String cleanJson(String text) {
		try {
			JsonNode tree = JSON.readTree(text);
			boolean[] changed = { false };
			JsonNode clean = clean(tree, changed);
			return changed[0] ? JSON.writeValueAsString(clean) : text;
		}
		catch (RuntimeException e) {
			return text;
		}
	}

	private static JsonNode clean(JsonNode node, boolean[] changed) {
		if (node instanceof StringNode string) {
			String cleaned = PublicText.clean(string.stringValue());
			if (!cleaned.equals(string.stringValue())) {
				changed[0] = true;
				return StringNode.valueOf(cleaned);
			}
			return node;
		}
		if (node instanceof ObjectNode object) {
			for (String name : java.util.List.copyOf(object.propertyNames())) {
				object.set(name, clean(object.get(name), changed));
			}
			return object;
		}
		if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				array.set(i, clean(array.get(i), changed));
			}
			return array;
		}
		return node;
	}

	static String strip(String value) {
		return value == null || value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "");
	}

	static String clean(String name, String value) {
		String stripped = strip(value);
		return name != null && name.toLowerCase(Locale.ROOT).contains("password") ? stripped : PublicText.clean(stripped);
	}

	/** The cleaned body, now UTF-8 whatever it was sent in, and saying so. */
	private static final class Utf8JsonRequest extends HttpServletRequestWrapper {

		private final BufferedBodyRequest body;

		Utf8JsonRequest(HttpServletRequest request, byte[] utf8) {
			super(new BufferedBodyRequest(request, utf8));
			this.body = (BufferedBodyRequest) getRequest();
		}

		@Override
		public String getCharacterEncoding() {
			return StandardCharsets.UTF_8.name();
		}

		@Override
		public String getContentType() {
			return "application/json;charset=UTF-8";
		}

		@Override
		public String getHeader(String name) {
			return "content-type".equalsIgnoreCase(name) ? getContentType() : super.getHeader(name);
		}

		@Override
		public java.util.Enumeration<String> getHeaders(String name) {
			return "content-type".equalsIgnoreCase(name) ? java.util.Collections.enumeration(java.util.List.of(getContentType()))
					: super.getHeaders(name);
		}

		@Override
		public jakarta.servlet.ServletInputStream getInputStream() {
			return body.getInputStream();
		}
	}

	private static final class CleanParameters extends HttpServletRequestWrapper {

		CleanParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return clean(name, super.getParameter(name));
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = super.getParameterValues(name);
			return values == null ? null : Arrays.stream(values).map(v -> clean(name, v)).toArray(String[]::new);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			var clean = new LinkedHashMap<String, String[]>();
			super.getParameterMap().forEach((name, values) -> clean.put(name,
					Arrays.stream(values).map(v -> clean(name, v)).toArray(String[]::new)));
			return java.util.Collections.unmodifiableMap(clean);
		}
	}
}
