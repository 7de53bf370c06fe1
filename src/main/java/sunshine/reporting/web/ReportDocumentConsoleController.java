package sunshine.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import jakarta.servlet.http.HttpServletResponse;

import sunshine.agency.StaffUser;
import sunshine.documents.DocumentRendering;
import sunshine.reporting.document.AnnualReports;
import sunshine.reporting.document.ReportNarrative;
import sunshine.reporting.document.ReportDocumentExports;
import sunshine.shared.workflow.IllegalTransition;

/**
 * The annual report document in the console: draft it from the table, edit its sections (figures as
 * {@code {{S1_1}}} / {@code {{R7.总计}}} references), submit, sign off or return, publish; the versions kept;
 * exports as PDF, Word and Excel.
 */
@Controller
@RequestMapping("/console/reporting")
class ReportDocumentConsoleController {

	private final AnnualReports reports;
	private final DocumentRendering rendering;
	private final Clock clock;

	ReportDocumentConsoleController(AnnualReports reports, DocumentRendering rendering, Clock clock) {
		this.reports = reports;
		this.rendering = rendering;
		this.clock = clock;
	}

	@GetMapping("/{agencyCode}/{year}/document")
	String document(@PathVariable String agencyCode, @PathVariable int year, @AuthenticationPrincipal StaffUser user,
			Model model) {
		var view = reports.find(agencyCode, year, user);
		if (view.isEmpty()) {
			model.addAttribute("agencyCode", agencyCode);
			model.addAttribute("year", year);
			return "reporting/document-none";
		}
		return "redirect:/console/reporting/documents/" + view.get().report().getId();
	}

	@PostMapping("/{agencyCode}/{year}/document")
	String draft(@PathVariable String agencyCode, @PathVariable int year, @AuthenticationPrincipal StaffUser user) {
		return "redirect:/console/reporting/documents/" + reports.draft(agencyCode, year, user).report().getId();
	}

	@GetMapping("/documents/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
		return page(reports.get(id, user), user, model, null);
	}

	/**
	 * The narrative form: one text per part ({@code texts[KEY]}), the figure chosen in each part's picker
	 * ({@code figures[KEY]}), and the part whose “插入” was pressed, if any.
	 */
	record NarrativeForm(Map<String, String> texts, Map<String, String> figures, String insert) {
	}

	@PostMapping("/documents/{id}/edit")
	String edit(@PathVariable long id, @ModelAttribute NarrativeForm form, @AuthenticationPrincipal StaffUser user,
			Model model) {
		Map<String, String> texts = new LinkedHashMap<>(form.texts() == null ? Map.of() : form.texts());
		// the figure picker without JavaScript: “插入” appends the chosen figure's reference to its part
		String insertInto = form.insert();
		if (insertInto != null && texts.containsKey(insertInto) && form.figures() != null) {
			String figure = form.figures().getOrDefault(insertInto, "");
			if (ReportNarrative.REFERENCE.matcher(figure).matches()) {
				texts.put(insertInto, texts.get(insertInto) + figure);
			}
		}
		try {
			reports.edit(id, texts, user);
		}
		catch (IllegalArgumentException e) {
			return page(reports.get(id, user), user, model, e.getMessage());
		}
		return "redirect:/console/reporting/documents/" + id;
	}

	@PostMapping("/documents/{id}/submit")
	String submit(@PathVariable long id, @AuthenticationPrincipal StaffUser user) {
		reports.submit(id, user);
		return "redirect:/console/reporting/documents/" + id;
	}

	@PostMapping("/documents/{id}/return")
	String returnForChanges(@PathVariable long id, @AuthenticationPrincipal StaffUser user) {
		reports.returnForChanges(id, user);
		return "redirect:/console/reporting/documents/" + id;
	}

	@PostMapping("/documents/{id}/sign")
	String signOff(@PathVariable long id, @AuthenticationPrincipal StaffUser user) {
		reports.signOff(id, user);
		return "redirect:/console/reporting/documents/" + id;
	}

	/** Publishing an incomplete report is refused with the page listing every open item (409). */
	@PostMapping("/documents/{id}/publish")
	String publish(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model,
			HttpServletResponse response) {
		try {
			reports.publish(id, user);
		}
		catch (IllegalTransition e) {
			if (!"reporting.document.incomplete".equals(e.messageKey())) {
				throw e;
			}
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(reports.get(id, user), user, model, e.messageKey());
		}
		return "redirect:/console/reporting/documents/" + id;
	}

	/** The signing leader waives one open item, with the reason. */
	@PostMapping("/documents/{id}/waive")
	String waive(@PathVariable long id, @RequestParam(defaultValue = "") String item,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal StaffUser user, Model model,
			HttpServletResponse response) {
		try {
			reports.waive(id, item, reason, user);
		}
		catch (IllegalArgumentException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("waiveItem", item);
			model.addAttribute("waiveReason", reason);
			return page(reports.get(id, user), user, model,
					e.getMessage() != null && e.getMessage().startsWith("reporting.") ? e.getMessage() : "reporting.error");
		}
		return "redirect:/console/reporting/documents/" + id + "#open-items";
	}

	@GetMapping("/documents/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal StaffUser user) {
		var view = reports.get(id, user);
		byte[] pdf = rendering.pdfFromHtml(ReportDocumentExports.pdfHtml(view, ReportDocumentExports.date(view, clock),
				DocumentRendering.FONT_FAMILY));
		return file(pdf, ReportDocumentExports.title(view) + ".pdf", MediaType.APPLICATION_PDF_VALUE);
	}

	@GetMapping("/documents/{id}/report.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id, @AuthenticationPrincipal StaffUser user) {
		var view = reports.get(id, user);
		return file(ReportDocumentExports.docx(view, ReportDocumentExports.date(view, clock)),
				ReportDocumentExports.title(view) + ".docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@GetMapping("/documents/{id}/table.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id, @AuthenticationPrincipal StaffUser user) {
		var view = reports.get(id, user);
		return file(ReportDocumentExports.xlsx(view), ReportDocumentExports.title(view) + "统计表.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	static ResponseEntity<byte[]> file(byte[] body, String name, String type) {
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
				.contentType(MediaType.parseMediaType(type)).body(body);
	}

	private String page(AnnualReports.View view, StaffUser user, Model model, String error) {
		model.addAttribute("view", view);
		model.addAttribute("actions", reports.actionsFor(view.report(), user));
		model.addAttribute("publishHeldBack", reports.publishHeldBack(view.report(), user));
		model.addAttribute("openItems", view.openItems());
		model.addAttribute("picker", FigurePicker.of(view));
		model.addAttribute("title", ReportDocumentExports.title(view));
		model.addAttribute("body", ReportDocumentExports.bodyHtml(view));
		model.addAttribute("unknown", view.unknownReferences());
		model.addAttribute("error", error);
		model.addAttribute("reference", ReportNarrative.REFERENCE.pattern());
		return "reporting/document";
	}

	@ExceptionHandler(IllegalStateException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String wrongState(IllegalStateException e, Model model) {
		model.addAttribute("error", "reporting.document.state");
		return "reporting/error";
	}

	@ExceptionHandler(IllegalArgumentException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badInput(IllegalArgumentException e, Model model) {
		// Only the module's own reasons are shown; a parser's or converter's text ("For input string") is not.
		model.addAttribute("error", e.getMessage() != null && e.getMessage().startsWith("reporting.") ? e.getMessage()
				: "reporting.error");
		return "reporting/error";
	}
}
