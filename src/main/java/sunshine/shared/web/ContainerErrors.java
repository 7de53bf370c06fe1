package sunshine.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Errors the container answers before Sunshine sees the request — a path with an encoded
 * {@code /}, a request line or headers over the container's limit, a malformed request — are
 * answered like every other error: a JSON problem for {@code /api/**}, a short page in Chinese
 * otherwise, instead of Tomcat's English report. Replaces the host's error report valve.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final MessageSource messages;

	ContainerErrors(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public int getOrder() {
		// After Spring Boot's own customizer, which adds a plain report valve of its own.
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			// The host adds a report valve of its configured class at start unless one of that class is there.
			if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
				host.setErrorReportValveClass(ChineseErrorReport.class.getName());
			}
			var pipeline = context.getParent().getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					pipeline.removeValve(valve);
				}
			}
			pipeline.addValve(new ChineseErrorReport(messages));
		});
	}

	static final class ChineseErrorReport extends ErrorReportValve {

		private final MessageSource messages;

		ChineseErrorReport(MessageSource messages) {
			this.messages = messages;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			try {
				// The raw address as it arrived: a request refused before it was decoded has no decoded one.
				String path = request.getCoyoteRequest().requestURI().toString();
				if (ErrorAnswers.isApi(path)) {
					Locale locale = request.getHeader("Accept-Language") == null ? Locale.SIMPLIFIED_CHINESE
							: request.getLocale();
					ErrorAnswers.writeJson(response, status, ErrorAnswers.message(messages, status, null, locale),
							java.util.List.of());
					return;
				}
				String message = ErrorAnswers.message(messages, status, null, Locale.SIMPLIFIED_CHINESE);
				String title = messages.getMessage("error.title", null, Locale.SIMPLIFIED_CHINESE);
				response.setContentType("text/html");
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>"
							+ HtmlUtils.htmlEscape(title) + "</title></head><body><h1>" + HtmlUtils.htmlEscape(title)
							+ "</h1><p>" + HtmlUtils.htmlEscape(message) + "</p><p><a href=\"/\">返回首页</a></p></body></html>");
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException e) {
				// The connection is gone or the response already committed: nothing more can be said.
			}
		}
	}
}
