package sunshine.shared.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An upload form (multipart) that the server cannot take — larger than
 * {@code spring.servlet.multipart.max-request-size} or with a file over {@code max-file-size}, or
 * malformed (a broken boundary, a truncated body) — gets a page in the reader's language that says
 * so: 413 or 400, with the limits and a way back to the form.
 *
 * <p>Without it the servlet container fails the request the first time anything asks for a form
 * field — the CSRF check, before any controller — and even the error page cannot read the request,
 * so the citizen sees the container's bare English status page. Here the body is parsed first of
 * all (its declared length checked before a byte is read), and the page is written directly.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UploadFailureFilter extends OncePerRequestFilter {

	private final MessageSource messages;
	private final LocaleResolver locales;
	/** The limits as configured ("10MB"), for the message. */
	private final String maxFileSize;
	private final String maxRequestSize;
	private final long maxRequestBytes;

	UploadFailureFilter(MessageSource messages, LocaleResolver locales,
			@Value("${spring.servlet.multipart.max-file-size:1MB}") String maxFileSize,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") String maxRequestSize) {
		this.messages = messages;
		this.locales = locales;
		this.maxFileSize = maxFileSize.strip();
		this.maxRequestSize = maxRequestSize.strip();
		this.maxRequestBytes = DataSize.parse(this.maxRequestSize).toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null
				|| !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (maxRequestBytes >= 0 && request.getContentLengthLong() > maxRequestBytes) {
			refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		try {
			request.getParts();
		}
		catch (IOException | ServletException | RuntimeException e) {
			refuse(request, response, tooLarge(e) ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
					: HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	/** Whether the parser gave up because of a size limit (the container's and Spring's exceptions say so by name). */
	static boolean tooLarge(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String name = t.getClass().getSimpleName();
			if (name.contains("SizeLimitExceeded") || name.equals("SizeException") || name.contains("MaxUploadSize")) {
				return true;
			}
		}
		return false;
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
		Locale locale = BufferedBodyRequest.language(request, locales);
		String message = status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
				? messages.getMessage("error.upload.tooLarge", new Object[] { maxFileSize, maxRequestSize }, locale)
				: messages.getMessage("error.upload.malformed", null, locale);
		String context = request.getContextPath();
		if (ErrorAnswers.isApi(request.getRequestURI().substring(context.length()))) {
			// A multipart body sent to the JSON API: the JSON problem, like every other API error.
			response.setHeader("Connection", "close");
			ErrorAnswers.writeJson(response, status, message, java.util.List.of());
			return;
		}
		String form = context + request.getRequestURI().substring(context.length());
		// What was not read of the body cannot be followed by another request on this connection.
		response.setHeader("Connection", "close");
		ErrorAnswers.writePage(response, status, locale, context, messages.getMessage("error.title", null, locale),
				messages.getMessage("site.name", null, locale), """
						<p class="alert error" role="alert" id="upload-refused">%s</p>
						  <p><a href="%s">%s</a> · <a href="%s/">%s</a></p>""".formatted(HtmlUtils.htmlEscape(message),
						HtmlUtils.htmlEscape(form), text("error.upload.back", locale), context, text("nav.home", locale)));
	}

	private String text(String key, Locale locale) {
		return HtmlUtils.htmlEscape(messages.getMessage(key, null, locale));
	}
}
