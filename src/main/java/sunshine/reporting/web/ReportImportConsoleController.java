package sunshine.reporting.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import sunshine.agency.StaffUser;
import sunshine.reporting.imports.ImportedReport;
import sunshine.reporting.imports.ReportImportQueries;
import sunshine.reporting.imports.ReportImports;
import sunshine.reporting.imports.BatchWorkbook;
import sunshine.reporting.imports.FindingsWorkbook;
import sunshine.reporting.imports.ReportImportBatch;
import sunshine.reporting.imports.ReportImportBatches;
import sunshine.reporting.imports.ReportSources;

/**
 * The console's import of published reports ({@code /console/reports/import}): upload one or many
 * files (text, HTML, Word, zip archives of these), or paste one or several reports. A few are
 * imported at once and each table is shown beside its findings; more become a batch import whose
 * page shows its progress and then one summary table, exportable to Excel. Findings are confirmed or
 * dismissed; all findings export to Excel. Works without JavaScript; with it, the upload and the
 * batch show progress bars.
 */
@Controller
@RequestMapping("/console/reports")
class ReportImportConsoleController {

	/** Up to this many reports are imported while the upload waits; more become a batch with a progress bar. */
	static final int AT_ONCE = 3;

	private final ReportImports imports;
	private final ReportImportBatches batches;
	private final ReportImportQueries queries;
	private final MessageSource messages;
	private final Clock clock;

	ReportImportConsoleController(ReportImports imports, ReportImportBatches batches, ReportImportQueries queries,
			MessageSource messages, Clock clock) {
		this.imports = imports;
		this.batches = batches;
		this.queries = queries;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/import")
	String form(@RequestParam(name = "done", required = false) String done, @AuthenticationPrincipal StaffUser user,
			Model model) {
		List<ImportedReport> reports = new ArrayList<>();
		if (done != null && !done.isBlank()) {
			for (String id : done.split(",")) {
				if (id.matches("\\d{1,18}")) {
					reports.add(imports.get(Long.parseLong(id), user));
				}
			}
		}
		return page(model, user, reports, "", "", null);
	}

	@PostMapping("/import")
	String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(name = "text", required = false) String text,
			@RequestParam(name = "name", required = false) String name, @AuthenticationPrincipal StaffUser user, Model model) {
		List<ReportSources.Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			uploads.add(new ReportSources.Upload(Objects.requireNonNullElse(file.getOriginalFilename(), "upload"), bytes(file)));
		}
		ReportSources.Found found = ReportSources.read(uploads, text, name);
		if (found.isEmpty()) {
			model.addAttribute("skipped", found.skipped());
			return page(model, user, List.of(), text == null ? "" : text, name == null ? "" : name,
					found.skipped().isEmpty() ? "reporting.import.empty" : "reporting.batch.nothing");
		}
		if (found.sources().size() <= AT_ONCE && found.skipped().isEmpty()) {
			List<Long> ids = new ArrayList<>();
			for (ReportSources.Source source : found.sources()) {
				ids.add(imports.importReport(source.text(), source.name(), user).getId());
			}
			return "redirect:/console/reports/import?done=" + String.join(",", ids.stream().map(String::valueOf).toList());
		}
		return "redirect:/console/reports/import/batches/" + batches.start(found, user).getId();
	}

	@GetMapping("/import/batches/{id}")
	String batch(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model, Locale locale) {
		ReportImportBatch batch = batches.get(id, user);
		model.addAttribute("batch", batch);
		model.addAttribute("interrupted", batch.isInterruptedAt(clock.instant()));
		model.addAttribute("lines", queries.inBatch(id));
		model.addAttribute("skipped", ReportImportBatches.skipped(batch));
		model.addAttribute("rate", batch.getReportsPerSecond() == null ? null
				: String.format(Locale.ROOT, "%.1f", batch.getReportsPerSecond()));
		return "reporting/batch";
	}

	/** How far a batch has come, for the page's progress bar. */
	record Progress(int done, int total, int percent, boolean finished) {
	}

	@GetMapping(path = "/import/batches/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Progress progress(@PathVariable long id, @AuthenticationPrincipal StaffUser user) {
		ReportImportBatch batch = batches.get(id, user);
		return new Progress(batch.getDone(), batch.getTotal(), batch.getPercent(), batch.isFinished());
	}

	@GetMapping("/import/batches/{id}.xlsx")
	ResponseEntity<byte[]> batchWorkbook(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Locale locale) {
		ReportImportBatch batch = batches.get(id, user);
		byte[] workbook = BatchWorkbook.write(queries.inBatch(id), ReportImportBatches.skipped(batch),
				key -> messages.getMessage(key, null, key, locale));
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename("批量导入-" + id + ".xlsx", StandardCharsets.UTF_8).build().toString())
				.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.body(workbook);
	}

	@GetMapping("/imports/{id}")
	String detail(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
		return detailPage(model, imports.get(id, user), null, null, "");
	}

	@PostMapping("/imports/{id}/findings/{findingId}/confirm")
	String confirm(@PathVariable long id, @PathVariable long findingId, @AuthenticationPrincipal StaffUser user,
			Model model) {
		return decide(id, findingId, user, model, "", () -> imports.confirm(id, findingId, user));
	}

	@PostMapping("/imports/{id}/findings/{findingId}/dismiss")
	String dismiss(@PathVariable long id, @PathVariable long findingId,
			@RequestParam(name = "reason", required = false) String reason, @AuthenticationPrincipal StaffUser user,
			Model model) {
		return decide(id, findingId, user, model, reason == null ? "" : reason,
				() -> imports.dismiss(id, findingId, reason, user));
	}

	@PostMapping("/imports/{id}/findings/{findingId}/reopen")
	String reopen(@PathVariable long id, @PathVariable long findingId, @AuthenticationPrincipal StaffUser user,
			Model model) {
		return decide(id, findingId, user, model, "", () -> imports.reopen(id, findingId, user));
	}

	/**
	 * A reviewer's decision on a finding, back to the finding. Refused with the reason beside it when
	 * the reason is missing, or when the finding is no longer in the state the page showed (decided
	 * by someone else meanwhile, or a button pressed twice): the page then shows its current state.
	 */
	private String decide(long id, long findingId, StaffUser user, Model model, String reason, Runnable decision) {
		try {
			decision.run();
		}
		catch (IllegalArgumentException e) {
			return detailPage(model, imports.get(id, user), findingId, e.getMessage(), reason);
		}
		catch (IllegalStateException e) {
			model.addAttribute("changedFinding", findingId);
			return detailPage(model, imports.get(id, user), null, null, "");
		}
		return "redirect:/console/reports/imports/" + id + "#finding-" + findingId;
	}

	@GetMapping("/findings.xlsx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal StaffUser user) {
		byte[] workbook = FindingsWorkbook.write(queries.findings(imports.scope(user)));
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("年报核查发现.xlsx", StandardCharsets.UTF_8).build().toString())
				.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.body(workbook);
	}

	private String page(Model model, StaffUser user, List<ImportedReport> reports, String text, String name, String error) {
		model.addAttribute("done", reports.stream().map(r -> new Imported(r, TableView.of(r))).toList());
		model.addAttribute("recent", queries.recent(imports.scope(user), 50));
		model.addAttribute("text", text);
		model.addAttribute("name", name);
		model.addAttribute("error", error);
		return "reporting/import";
	}

	private String detailPage(Model model, ImportedReport report, Long findingId, String error, String reason) {
		model.addAttribute("imported", new Imported(report, TableView.of(report)));
		model.addAttribute("errorFinding", findingId);
		model.addAttribute("error", error);
		model.addAttribute("reason", reason);
		return "reporting/detail";
	}

	/** An import and its table laid out for the page. */
	record Imported(ImportedReport report, TableView table) {
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
