package sunshine.disclosure.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sunshine.agency.OrgScope;
import sunshine.agency.StaffUser;
import sunshine.disclosure.DisclosureManagement;
import sunshine.disclosure.DisclosureQueries;
import sunshine.disclosure.DocumentKind;
import sunshine.disclosure.InvalidRegisterEntryException;
import sunshine.disclosure.PolicyInterpretation;
import sunshine.disclosure.RegisterEntryDraft;
import sunshine.disclosure.RegisterKind;

/**
 * The editors' registers: normative documents with their interpretations (flagged when the
 * interpretation is late), the yearly register entries, and the portal's sub-columns.
 */
@Controller
class RegistersConsoleController {

	/** The register form as typed; amounts in 万元 as text. */
	record EntryForm(String kind, String occurredOn, String endedOn, String title, String quantity, String amount,
			String principalLeader, String fullTime, String personName) {
	}

	private final DisclosureManagement disclosure;
	private final DisclosureQueries queries;
	private final Clock clock;

	RegistersConsoleController(DisclosureManagement disclosure, DisclosureQueries queries, Clock clock) {
		this.disclosure = disclosure;
		this.queries = queries;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ documents

	@GetMapping("/console/disclosure/documents")
	String documents(@AuthenticationPrincipal StaffUser user, Model model) {
		OrgScope scope = DisclosureConsoleController.editorScope(user);
		model.addAttribute("documents", queries.documents(scope));
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("forms", PolicyInterpretation.Form.values());
		return "disclosure/documents";
	}

	@PostMapping("/console/disclosure/documents")
	String registerDocument(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String documentNumber,
			@RequestParam(defaultValue = "") String issuedOn, RedirectAttributes redirect) {
		DisclosureConsoleController.editorScope(user);
		LocalDate issued = date(issuedOn);
		DocumentKind documentKind = ItemForm.parse(DocumentKind.class, kind);
		String problem = documentKind == null ? "disclosure.error.kind" : issued == null ? "disclosure.error.date"
				: title.isBlank() ? "disclosure.error.title" : documentNumber.isBlank() ? "disclosure.error.documentNumber" : null;
		if (problem != null) {
			redirect.addFlashAttribute("problem", problem);
			return "redirect:/console/disclosure/documents";
		}
		disclosure.registerDocument(user.agencyId(), documentKind, title, documentNumber, issued, null);
		return "redirect:/console/disclosure/documents";
	}

	@PostMapping("/console/disclosure/documents/{id}/abolish")
	String abolish(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String on, RedirectAttributes redirect) {
		OrgScope scope = DisclosureConsoleController.editorScope(user);
		LocalDate day = date(on);
		if (day == null) {
			redirect.addFlashAttribute("problem", "disclosure.error.date");
		}
		else {
			try {
				disclosure.abolishDocument(id, day, scope);
			}
			catch (IllegalStateException e) {
				redirect.addFlashAttribute("problem", "disclosure.error.notInForce");
			}
		}
		return "redirect:/console/disclosure/documents";
	}

	@PostMapping("/console/disclosure/documents/{id}/interpretations")
	String interpret(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "TEXT") String form,
			@RequestParam(defaultValue = "") String publishedOn, RedirectAttributes redirect) {
		DisclosureConsoleController.editorScope(user);
		LocalDate day = date(publishedOn);
		var presentation = ItemForm.parse(PolicyInterpretation.Form.class, form);
		if (day == null || title.isBlank() || presentation == null) {
			redirect.addFlashAttribute("problem", day == null ? "disclosure.error.date" : "disclosure.error.title");
			return "redirect:/console/disclosure/documents";
		}
		disclosure.recordInterpretation(user.agencyId(), id, null, title, presentation, day);
		return "redirect:/console/disclosure/documents";
	}

	// ------------------------------------------------------------------ registers

	@GetMapping("/console/disclosure/register")
	String register(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer year, Model model) {
		OrgScope scope = DisclosureConsoleController.editorScope(user);
		int shown = year == null ? LocalDate.now(clock).getYear() : year;
		return registerPage(scope, shown, new EntryForm("MEETING", LocalDate.now(clock).toString(), "", "", "1", "", null,
				null, ""), Map.of(), model);
	}

	private String registerPage(OrgScope scope, int year, EntryForm form, Map<String, String> errors, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("entries", queries.register(scope, year));
		model.addAttribute("kinds", RegisterKind.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("hotspots", queries.hotspots(scope, year));
		model.addAttribute("hotspotChannels", sunshine.disclosure.HotspotChannel.values());
		return "disclosure/register";
	}

	@PostMapping("/console/disclosure/register")
	String record(@AuthenticationPrincipal StaffUser user, EntryForm form, Model model) {
		OrgScope scope = DisclosureConsoleController.editorScope(user);
		var errors = new LinkedHashMap<String, String>();
		RegisterKind kind = ItemForm.parse(RegisterKind.class, form.kind());
		LocalDate occurred = date(form.occurredOn());
		if (form.occurredOn() == null || form.occurredOn().isBlank() || occurred == null) {
			errors.put("occurredOn", "disclosure.error.date");
		}
		LocalDate ended = null;
		if (form.endedOn() != null && !form.endedOn().isBlank()) {
			ended = date(form.endedOn());
			if (ended == null) {
				errors.put("endedOn", "disclosure.error.date");
			}
		}
		int quantity = 1;
		if (form.quantity() != null && !form.quantity().isBlank()) {
			try {
				quantity = Integer.parseInt(form.quantity().strip());
			}
			catch (NumberFormatException e) {
				errors.put("quantity", "disclosure.error.quantity");
			}
		}
		long amountFen = 0;
		if (form.amount() != null && !form.amount().isBlank()) {
			try {
				amountFen = new BigDecimal(form.amount().strip()).movePointRight(6).longValueExact();
			}
			catch (NumberFormatException | ArithmeticException e) {
				errors.put("amount", "disclosure.error.amount");
			}
		}
		int year = occurred == null ? LocalDate.now(clock).getYear() : occurred.getYear();
		if (errors.isEmpty()) {
			try {
				disclosure.record(user.agencyId(), new RegisterEntryDraft(kind, occurred, ended, form.title(), quantity,
						amountFen, "on".equals(form.principalLeader()), "on".equals(form.fullTime()), form.personName()));
				return "redirect:/console/disclosure/register?year=" + year;
			}
			catch (InvalidRegisterEntryException e) {
				e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
			}
		}
		return registerPage(scope, year, form, errors, model);
	}

	@PostMapping("/console/disclosure/register/{id}/void")
	String voidEntry(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "0") int year,
			RedirectAttributes redirect) {
		OrgScope scope = DisclosureConsoleController.editorScope(user);
		if (reason.isBlank()) {
			redirect.addFlashAttribute("problem", "disclosure.error.reason");
		}
		else {
			disclosure.voidEntry(id, reason, scope);
		}
		return "redirect:/console/disclosure/register?year=" + year;
	}

	// ------------------------------------------------------------------ hotspots

	@PostMapping("/console/disclosure/hotspots")
	String recordHotspot(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "") String subject,
			@RequestParam(defaultValue = "") String aroseOn, @RequestParam(defaultValue = "") String channel,
			@RequestParam(defaultValue = "") String respondedOn, @RequestParam(defaultValue = "") String link,
			RedirectAttributes redirect) {
		DisclosureConsoleController.editorScope(user);
		LocalDate arose = date(aroseOn);
		LocalDate answered = date(respondedOn);
		var answerChannel = ItemForm.parse(sunshine.disclosure.HotspotChannel.class, channel);
		String problem = subject.isBlank() ? "disclosure.error.subject" : arose == null || answered == null
				? "disclosure.error.date" : answerChannel == null ? "disclosure.error.noChannel"
						: answered.isBefore(arose) ? "disclosure.error.answerBeforeHotspot" : null;
		if (problem != null) {
			redirect.addFlashAttribute("problem", problem);
			return "redirect:/console/disclosure/register";
		}
		disclosure.recordHotspot(user.agencyId(), subject, arose,
				java.util.List.of(new sunshine.disclosure.Hotspot.Response(answerChannel, answered, link, null)));
		return "redirect:/console/disclosure/register?year=" + arose.getYear();
	}

	@PostMapping("/console/disclosure/hotspots/{id}/answers")
	String answerHotspot(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String channel, @RequestParam(defaultValue = "") String respondedOn,
			@RequestParam(defaultValue = "") String link, @RequestParam(defaultValue = "0") int year,
			RedirectAttributes redirect) {
		OrgScope scope = DisclosureConsoleController.editorScope(user);
		LocalDate answered = date(respondedOn);
		var answerChannel = ItemForm.parse(sunshine.disclosure.HotspotChannel.class, channel);
		if (answered == null || answerChannel == null) {
			redirect.addFlashAttribute("problem", answered == null ? "disclosure.error.date" : "disclosure.error.noChannel");
		}
		else {
			try {
				disclosure.answerHotspot(id, new sunshine.disclosure.Hotspot.Response(answerChannel, answered, link, null), scope);
			}
			catch (IllegalArgumentException e) {
				redirect.addFlashAttribute("problem", "disclosure.error.answerBeforeHotspot");
			}
		}
		return "redirect:/console/disclosure/register?year=" + year;
	}

	// ------------------------------------------------------------------ columns

	@GetMapping("/console/disclosure/columns")
	String columns(@AuthenticationPrincipal StaffUser user, Model model) {
		DisclosureConsoleController.editorScope(user);
		var columns = queries.columns();
		model.addAttribute("columns", columns);
		var editable = columns.stream().filter(c -> disclosure.mayEditColumn(user, c))
				.map(sunshine.disclosure.DisclosureColumn::getCode).collect(java.util.stream.Collectors.toSet());
		model.addAttribute("editable", editable);
		model.addAttribute("others", columns.stream().filter(c -> !editable.contains(c.getCode())).toList());
		return "disclosure/columns";
	}

	@PostMapping("/console/disclosure/columns/{code}")
	String editColumn(@AuthenticationPrincipal StaffUser user, @PathVariable String code,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String intro,
			@RequestParam(defaultValue = "0") String sortOrder, RedirectAttributes redirect) {
		DisclosureConsoleController.editorScope(user);
		try {
			int order = Integer.parseInt(sortOrder.strip());
			disclosure.editColumn(user, code, name, intro, order);
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("problem", "disclosure.error.columnName");
		}
		return "redirect:/console/disclosure/columns";
	}

	@PostMapping("/console/disclosure/columns")
	String addColumn(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String intro,
			@RequestParam(defaultValue = "99") String sortOrder, RedirectAttributes redirect) {
		DisclosureConsoleController.editorScope(user);
		try {
			int order = Integer.parseInt(sortOrder.strip());
			disclosure.addColumn(user, code.strip(), name, intro, order);
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("problem", "disclosure.error.columnCode");
		}
		return "redirect:/console/disclosure/columns";
	}

	private static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : sunshine.shared.DateInput.parse(text);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
