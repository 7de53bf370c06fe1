package sunshine.shared.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every error that reaches the container, on every route and whatever the method: for the JSON API
 * a JSON problem in the caller's language (never Spring's English text, never an empty 406), for
 * pages the error page in Chinese (English by the reader's choice). {@code /error} asked for
 * directly is a page that does not exist (404), not a server error.
 */
@Controller
class ErrorPageController implements ErrorController {

	private final ErrorAttributes errors;
	private final MessageSource messages;
	ErrorPageController(ErrorAttributes errors, MessageSource messages) {
		this.errors = errors;
		this.messages = messages;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer number && number >= 400 ? number : 404;
		Throwable cause = errors.getError(new ServletWebRequest(request));
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		Object charset = request.getAttribute(ControlCharacterFilter.UNKNOWN_CHARSET);
		if (ErrorAnswers.isApi(path)) {
			Locale locale = ErrorAnswers.apiLocale(request);
			String message = charset != null
					? messages.getMessage("api.error.charset", new Object[] { charset }, locale)
					: ErrorAnswers.message(messages, status, cause, locale);
			ErrorAnswers.writeJson(response, status, message, ErrorAnswers.fields(cause));
			return null;
		}
		response.setStatus(status);
		var page = new ModelAndView("error");
		page.addObject("status", status);
		page.addObject("path", path);
		return page;
	}
}
