package sunshine.reporting.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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
import org.springframework.web.multipart.MultipartFile;

import sunshine.agency.StaffUser;
import sunshine.reporting.imports.ImportedReport;
import sunshine.reporting.imports.ReportImportQueries;
import sunshine.reporting.imports.ReportImports;
import sunshine.reporting.imports.FindingsWorkbook;

/**
 * The console's import of published reports ({@code /console/reports/import}): upload one or many
 * files, or paste a report; each table is shown beside its findings; findings are confirmed or
 * dismissed; all findings export to Excel. Works without JavaScript; with it, the upload shows progress.
 */
@Controller
@RequestMapping("/console/reports")
class ReportImportConsoleController {

	private final ReportImports imports;
	private final ReportImportQueries queries;
	private final StaffNames names;

	ReportImportConsoleController(ReportImports imports, ReportImportQueries queries, StaffNames names) {
		this.imports = imports;
		this.queries = queries;
		this.names = names;
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
		List<Long> ids = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (file.isEmpty()) {
				continue;
			}
			ids.add(imports.importReport(decode(file), Objects.requireNonNullElse(file.getOriginalFilename(), "upload"), user)
					.getId());
		}
		if (text != null && !text.isBlank()) {
			ids.add(imports.importReport(text, name, user).getId());
		}
		if (ids.isEmpty()) {
			return page(model, user, List.of(), text == null ? "" : text, name == null ? "" : name, "reporting.import.empty");
		}
		return "redirect:/console/reports/import?done=" + String.join(",", ids.stream().map(String::valueOf).toList());
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
		model.addAttribute("names", names);
		model.addAttribute("times", StaffNames.TIMES);
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

	/** A file's text: UTF-8 when it is valid UTF-8 (with or without a byte-order mark), else GB18030. */
	static String decode(MultipartFile file) {
		try {
			return decode(file.getBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Bytes of a report whose encoding nobody declared: UTF-8 if they are valid UTF-8, else GB18030. */
	static String decode(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
			bytes = Arrays.copyOfRange(bytes, 3, bytes.length);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException e) {
			return new String(bytes, Charset.forName("GB18030"));
		}
	}
}
