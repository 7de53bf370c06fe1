package sunshine.reporting.web;

import java.nio.charset.Charset;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.springframework.http.ProblemDetail;

import sunshine.agency.StaffUser;
import sunshine.reporting.imports.ImportedReport;
import sunshine.reporting.imports.ReportImportQueries;
import sunshine.reporting.imports.ReportImports;

/**
 * {@code POST /api/v1/reports/import}: a published report's text ({@code text/plain; charset=UTF-8}; without a charset,
 * UTF-8 if the bytes are valid UTF-8, else GB18030) or
 * web page ({@code text/html}) in, its table, unread cells and findings out; the import is stored so that
 * its findings can be confirmed or dismissed ({@code /api/v1/reports/imports/{id}/findings/{findingId}/…}).
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportImportApiController {

	private final ReportImports imports;
	private final ReportImportQueries queries;
	private final MessageSource messages;

	ReportImportApiController(ReportImports imports, ReportImportQueries queries, MessageSource messages) {
		this.imports = imports;
		this.queries = queries;
		this.messages = messages;
	}

	@PostMapping(path = "/import", consumes = { MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_HTML_VALUE })
	ResponseEntity<ImportView> importReport(@RequestBody byte[] body,
			@RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type, @RequestParam(name = "name", required = false) String name,
			@AuthenticationPrincipal StaffUser user) {
		Charset charset = type.getCharset();
		String text = charset == null ? sunshine.reporting.imports.ReportSources.decode(body) : new String(body, charset);
		ImportedReport report = imports.importReport(text, name, user);
		return ResponseEntity.status(HttpStatus.CREATED).body(ImportView.of(report));
	}

	/** The imports the caller may see, newest first. */
	@GetMapping("/imports")
	java.util.List<ReportImportQueries.ImportSummary> list(@AuthenticationPrincipal StaffUser user) {
		return queries.recent(imports.scope(user), 200);
	}

	@GetMapping("/imports/{id}")
	ImportView get(@PathVariable long id, @AuthenticationPrincipal StaffUser user) {
		return ImportView.of(imports.get(id, user));
	}

	@PostMapping("/imports/{id}/findings/{findingId}/confirm")
	ImportView confirm(@PathVariable long id, @PathVariable long findingId, @AuthenticationPrincipal StaffUser user) {
		imports.confirm(id, findingId, user);
		return ImportView.of(imports.get(id, user));
	}

	@PostMapping("/imports/{id}/findings/{findingId}/dismiss")
	ImportView dismiss(@PathVariable long id, @PathVariable long findingId,
			@RequestBody(required = false) Dismissal body, @AuthenticationPrincipal StaffUser user) {
		imports.dismiss(id, findingId, body == null ? null : body.reason(), user);
		return ImportView.of(imports.get(id, user));
	}

	@PostMapping("/imports/{id}/findings/{findingId}/reopen")
	ImportView reopen(@PathVariable long id, @PathVariable long findingId, @AuthenticationPrincipal StaffUser user) {
		imports.reopen(id, findingId, user);
		return ImportView.of(imports.get(id, user));
	}

	/** Why a finding is dismissed. */
	record Dismissal(String reason) {
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> badInput(IllegalArgumentException e, Locale locale) {
		return ReportingProblems.of(HttpStatus.BAD_REQUEST, e.getMessage(), messages, locale);
	}

	@ExceptionHandler(IllegalStateException.class)
	ResponseEntity<ProblemDetail> conflict(IllegalStateException e, Locale locale) {
		return ReportingProblems.of(HttpStatus.CONFLICT, "reporting.finding.decided", messages, locale);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, Locale locale) {
		return ReportingProblems.of(HttpStatus.FORBIDDEN, e.getMessage(), messages, locale);
	}
}
