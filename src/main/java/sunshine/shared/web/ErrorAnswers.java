package sunshine.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of an error answer, in the caller's form and language: for {@code /api/**} a JSON
 * problem with the members every client reads — {@code error} (a stable code), {@code message}
 * (Chinese unless the caller asked for English), {@code fields} (the parameters at fault) — and
 * for pages the message key the error page shows. Written straight to the response, so a client
 * that accepts only XML still gets the JSON problem rather than an empty 406.
 */
public final class ErrorAnswers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ErrorAnswers() {
	}

	/** Whether the request is one of the JSON API's (its error is a JSON problem). */
	public static boolean isApi(String path) {
		return path != null && path.startsWith("/api/");
	}

	/** The stable {@code error} code of a status. */
	public static String code(int status) {
		return switch (status) {
			case 400 -> "bad-request";
			case 401 -> "unauthorized";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 409 -> "conflict";
			case 413 -> "payload-too-large";
			case 414 -> "uri-too-long";
			case 415 -> "unsupported-media-type";
			case 422 -> "unprocessable";
			case 429 -> "too-many-requests";
			default -> status >= 500 ? "server-error" : "bad-request";
		};
	}

	/** The message of an error: the cause's own when it is one Spring MVC names, else the status's. */
	public static String message(MessageSource messages, int status, Throwable cause, Locale locale) {
		if (cause instanceof HttpMediaTypeNotSupportedException unsupported) {
			return messages.getMessage("api.error.mediaType", new Object[] {
					unsupported.getContentType() == null ? "" : unsupported.getContentType().toString() }, locale);
		}
		if (cause instanceof HttpMediaTypeNotAcceptableException) {
			return messages.getMessage("api.error.notAcceptable", null, locale);
		}
		if (cause instanceof HttpRequestMethodNotSupportedException method) {
			return messages.getMessage("api.error.method", new Object[] { method.getMethod() }, locale);
		}
		if (cause instanceof MethodArgumentTypeMismatchException mismatch) {
			return messages.getMessage("api.error.parameter", new Object[] { mismatch.getName(),
					abbreviate(String.valueOf(mismatch.getValue())) }, locale);
		}
		if (cause instanceof MissingServletRequestParameterException missing) {
			return messages.getMessage("api.error.parameterMissing", new Object[] { missing.getParameterName() }, locale);
		}
		if (cause instanceof org.springframework.http.converter.HttpMessageNotReadableException) {
			return messages.getMessage("api.error.unreadable", null, locale);
		}
		String key = switch (status) {
			case 400 -> "api.error.badRequest";
			case 401 -> "api.error.unauthorized";
			case 403 -> "api.error.forbidden";
			case 404 -> "api.error.notFound";
			case 405 -> "api.error.method";
			case 406 -> "api.error.notAcceptable";
			case 414, 431 -> "api.error.uriTooLong";
			case 415 -> "api.error.mediaType";
			case 429 -> "error.429";
			default -> status >= 500 ? "api.error.server" : "api.error.badRequest";
		};
		return messages.getMessage(key, new Object[] { "" }, locale);
	}

	/** The parameters at fault, for {@code fields}. */
	public static List<String> fields(Throwable cause) {
		if (cause instanceof MethodArgumentTypeMismatchException mismatch) {
			return List.of(mismatch.getName());
		}
		if (cause instanceof MissingServletRequestParameterException missing) {
			return List.of(missing.getParameterName());
		}
		return List.of();
	}

	/** Writes the JSON problem, whatever the request accepts. */
	public static void writeJson(HttpServletResponse response, int status, String message, List<String> fields)
			throws IOException {
		var body = new LinkedHashMap<String, Object>();
		body.put("error", code(status));
		body.put("message", message);
		body.put("fields", fields);
		writeJson(response, status, body);
	}

	/** Writes a JSON answer of the given members (a filter's answer, before Spring MVC). */
	public static void writeJson(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(JSON.writeValueAsString(body));
	}

	/**
	 * Writes the plain page a filter answers with before Spring MVC and its templates are reached: the site's
	 * style sheet, a heading and {@code mainHtml} (already escaped) in the main landmark.
	 */
	public static void writePage(HttpServletResponse response, int status, Locale locale, String contextPath,
			String title, String site, String mainHtml) throws IOException {
		String page = """
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
				  %s
				</main>
				</body>
				</html>
				""".formatted(locale.toLanguageTag(), HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(site), contextPath,
				HtmlUtils.htmlEscape(title), mainHtml);
		response.setStatus(status);
		response.setContentType("text/html");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(page);
	}

	/** The caller's language for an API error: {@code Accept-Language}, Chinese when it sends none. */
	public static Locale apiLocale(HttpServletRequest request) {
		return request.getHeader("Accept-Language") == null ? Locale.SIMPLIFIED_CHINESE : request.getLocale();
	}

	private static String abbreviate(String text) {
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

	static Map<String, Object> none() {
		return Map.of();
	}
}
