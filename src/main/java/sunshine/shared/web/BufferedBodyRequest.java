package sunshine.shared.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body a filter has already read (and perhaps changed), handed on to be read again
 * from memory, with the length of what it now holds.
 */
public final class BufferedBodyRequest extends HttpServletRequestWrapper {

	private final byte[] body;

	public BufferedBodyRequest(HttpServletRequest request, byte[] body) {
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
	public BufferedReader getReader() {
		return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
	}

	/**
	 * The caller's language for an answer a filter writes itself, before Spring MVC has looked:
	 * {@code ?lang=} in the address (read from the query string only, never from the body), else the
	 * locale resolver's (cookie, then {@code Accept-Language}, then Chinese).
	 */
	public static java.util.Locale language(HttpServletRequest request,
			org.springframework.web.servlet.LocaleResolver locales) {
		String query = request.getQueryString();
		if (query != null) {
			for (String pair : query.split("&")) {
				if (pair.startsWith("lang=") && pair.length() > 5) {
					return java.util.Locale.forLanguageTag(pair.substring(5).replace('_', '-'));
				}
			}
		}
		return locales.resolveLocale(request);
	}
}
