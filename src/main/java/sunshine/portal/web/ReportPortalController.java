package sunshine.portal.web;

import java.time.Clock;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import sunshine.documents.DocumentRendering;
import sunshine.reporting.document.AnnualReports;
import sunshine.reporting.document.ReportDocumentExports;

/** The portal's 信息公开年报 column: the published annual reports, as pages and as PDF. No session. */
@Controller
class ReportPortalController {

	private final AnnualReports reports;
	private final DocumentRendering rendering;
	private final Clock clock;

	ReportPortalController(AnnualReports reports, DocumentRendering rendering, Clock clock) {
		this.reports = reports;
		this.rendering = rendering;
		this.clock = clock;
	}

	@GetMapping("/reports")
	String list(Model model) {
		model.addAttribute("reports", listed(reports));
		return "reporting/portal-list";
	}

	@GetMapping("/reports/{id}")
	String show(@PathVariable long id, Model model) {
		var view = reports.publishedReport(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("id", id);
		model.addAttribute("title", ReportDocumentExports.title(view));
		model.addAttribute("agency", view.agencyName());
		model.addAttribute("date", ReportDocumentExports.date(view, clock));
		model.addAttribute("body", ReportDocumentExports.bodyHtml(view));
		return "reporting/portal-report";
	}

	@GetMapping("/reports/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		var view = reports.publishedReport(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		byte[] pdf = rendering.pdfFromHtml(ReportDocumentExports.pdfHtml(view, ReportDocumentExports.date(view, clock),
				DocumentRendering.FONT_FAMILY));
		return sunshine.shared.web.Downloads.attachment(ReportDocumentExports.title(view) + ".pdf",
				MediaType.APPLICATION_PDF, pdf);
	}

	/** Every published report, newest year first, with its publication date (the 信息公开年报 column). */
	static java.util.List<Listed> listed(AnnualReports reports) {
		return reports.published().stream().map(v -> new Listed(v.report().getId(), ReportDocumentExports.title(v),
				v.report().getPublishedAt() == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日")
						.format(v.report().getPublishedAt().atZone(java.time.ZoneId.of("Asia/Shanghai"))))).toList();
	}

	record Listed(long id, String title, String publishedOn) {
	}
}
