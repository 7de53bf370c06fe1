package sunshine.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import sunshine.agency.Agency;
import sunshine.agency.AgencyLookup;
import sunshine.agency.StaffUser;
import sunshine.reporting.imports.Finding;
import sunshine.reporting.imports.ImportComparisons;
import sunshine.reporting.table.ReportFormat;
import sunshine.reporting.imports.ReportLinter;
import sunshine.reporting.table.ReportRecords;
import sunshine.reporting.table.ReportLayout;
import sunshine.reporting.table.ReportRow;
import sunshine.reporting.table.ReportTable;
import sunshine.reporting.table.ReportTables;
import sunshine.reporting.table.TableComputation;

/**
 * The console of computed tables ({@code /console/reporting}): the agencies and years in the caller's
 * scope; one agency's table of a year (or its roll-up) with the linter's findings, every cell a link to
 * the records counted in it; the comparison across the agencies below; an imported report against the
 * computed table.
 */
@Controller
@RequestMapping("/console/reporting")
class ReportTableConsoleController {

	static final int FIRST_YEAR = 2016;

	private final ReportTables tables;
	private final AgencyLookup agencies;
	private final ImportComparisons comparisons;
	private final java.time.Clock clock;
	private final org.springframework.context.MessageSource messages;

	ReportTableConsoleController(ReportTables tables, AgencyLookup agencies, ImportComparisons comparisons,
			java.time.Clock clock, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.tables = tables;
		this.agencies = agencies;
		this.comparisons = comparisons;
		this.clock = clock;
	}

	@GetMapping
	String index(@AuthenticationPrincipal StaffUser user, Model model) {
		Set<Long> scope = agencies.scopeOf(user).agencyIds();
		model.addAttribute("agencies", agencies.fullTree().stream().filter(a -> scope.contains(a.getId())).toList());
		model.addAttribute("years", years());
		return "reporting/tables";
	}

	@GetMapping("/{agencyCode}/{year}")
	String table(@PathVariable String agencyCode, @PathVariable int year,
			@RequestParam(defaultValue = "false") boolean rollup, @AuthenticationPrincipal StaffUser user, Model model) {
		checkYear(year);
		Agency agency = tables.agencyInScope(agencyCode, user);
		TableComputation.Computed computed = rollup ? tables.rollupTable(agency.getId(), year)
				: tables.table(agency.getId(), year);
		ReportTable previous = (rollup ? tables.rollupTable(agency.getId(), year - 1) : tables.table(agency.getId(), year - 1))
				.table();
		List<Finding> findings = sunshine.reporting.imports.ComputedTableChecks.check(computed.table(), previous);
		model.addAttribute("agency", agency);
		model.addAttribute("agencyName", agencies.nameInYear(agency.getId(), year).orElse(agency.getName()));
		model.addAttribute("year", year);
		model.addAttribute("rollup", rollup);
		model.addAttribute("format", computed.table().format().code());
		model.addAttribute("blocks", blocks(computed.table()));
		model.addAttribute("findings", findings.stream().filter(f -> f.severity() != Finding.Severity.INFO).toList());
		model.addAttribute("years", years());
		return "reporting/table";
	}

	@GetMapping("/{agencyCode}/{year}/cells/{rowId}")
	String cell(@PathVariable String agencyCode, @PathVariable int year, @PathVariable String rowId,
			@RequestParam(defaultValue = ReportRow.VALUE) String column, @RequestParam(defaultValue = "false") boolean rollup,
			@AuthenticationPrincipal StaffUser user, Model model, java.util.Locale locale) {
		checkYear(year);
		Agency agency = tables.agencyInScope(agencyCode, user);
		Set<Long> ids = rollup ? tables.rollupOf(agency.getId(), year) : Set.of(agency.getId());
		ReportRecords records = tables.records(ids, year);
		TableComputation.Computed computed = TableComputation.compute(records, year);
		ReportRow row = computed.table().layout().row(rowId).filter(r -> r.columns().contains(column))
				.orElseThrow(() -> new IllegalArgumentException("reporting.table.unknownCell"));
		Map<String, String> described = describe(records, computed.table().layout(), locale);
		List<RecordLine> lines = computed.recordsOf(rowId, column).stream()
				.map(ref -> new RecordLine(refLabel(ref, locale), described.getOrDefault(ref, ""))).toList();
		model.addAttribute("agency", agency);
		model.addAttribute("year", year);
		model.addAttribute("rollup", rollup);
		model.addAttribute("row", row);
		model.addAttribute("column", column);
		model.addAttribute("value", ReportTable.number(computed.table().value(rowId, column)));
		model.addAttribute("records", lines);
		return "reporting/cell";
	}

	@GetMapping("/{agencyCode}/{year}/agencies")
	String agencies(@PathVariable String agencyCode, @PathVariable int year, @AuthenticationPrincipal StaffUser user,
			Model model) {
		checkYear(year);
		Agency agency = tables.agencyInScope(agencyCode, user);
		Set<Long> below = tables.rollupOf(agency.getId(), year);
		List<String[]> keys = keyCells(ReportFormat.forYear(year));
		List<AgencyLine> lines = new ArrayList<>();
		for (Agency a : agencies.fullTree()) {
			if (below.contains(a.getId())) {
				ReportTable t = tables.table(a.getId(), year).table();
				lines.add(new AgencyLine(a, keys.stream().map(k -> ReportTable.number(t.value(k[0], k[1]))).toList(), false));
			}
		}
		ReportTable total = tables.rollupTable(agency.getId(), year).table();
		lines.add(new AgencyLine(agency, keys.stream().map(k -> ReportTable.number(total.value(k[0], k[1]))).toList(), true));
		List<String> headers = keys.stream().map(k -> total.layout().row(k[0]).orElseThrow().label()
				+ (k[1].equals(ReportRow.VALUE) ? "" : "（" + k[1] + "）")).toList();
		model.addAttribute("agency", agency);
		model.addAttribute("year", year);
		model.addAttribute("headers", headers);
		model.addAttribute("keys", keys);
		model.addAttribute("lines", lines);
		return "reporting/agencies";
	}

	@GetMapping("/imports/{id}/comparison")
	String comparison(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute("comparison", comparisons.compare(id, user));
		return "reporting/comparison";
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(IllegalArgumentException.class)
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
	String badInput(IllegalArgumentException e, Model model) {
		// Only the module's own reasons are shown; a parser's or converter's text ("For input string") is not.
		model.addAttribute("error", e.getMessage() != null && e.getMessage().startsWith("reporting.") ? e.getMessage()
				: "reporting.error");
		return "reporting/error";
	}

	/** The cells shown side by side for each agency: the year's main figures of its era. */
	static List<String[]> keyCells(ReportFormat format) {
		if (format == ReportFormat.ERA_2008) {
			return List.of(new String[] { "S1_1", ReportRow.VALUE }, new String[] { "S2_1", ReportRow.VALUE },
					new String[] { "S3_1", ReportRow.VALUE }, new String[] { "S3_2", ReportRow.VALUE },
					new String[] { "S4", ReportRow.VALUE }, new String[] { "S5", ReportRow.VALUE },
					new String[] { "S6", ReportRow.VALUE });
		}
		return List.of(new String[] { "NEW", "总计" }, new String[] { "CARRY_IN", "总计" }, new String[] { "R1", "总计" },
				new String[] { "R7", "总计" }, new String[] { "CARRY_OUT", "总计" }, new String[] { "REVIEW", "总计" },
				new String[] { "LITIGATION_DIRECT", "总计" }, new String[] { "LITIGATION_AFTER_REVIEW", "总计" });
	}

	private List<Integer> years() {
		int last = java.time.LocalDate.now(clock).getYear();
		List<Integer> years = new ArrayList<>();
		for (int y = last; y >= FIRST_YEAR; y--) {
			years.add(y);
		}
		return years;
	}

	private static void checkYear(int year) {
		if (year < ReportTableApiController.FIRST_YEAR || year > ReportTableApiController.LAST_YEAR) {
			throw new IllegalArgumentException("reporting.table.year");
		}
	}

	/** Consecutive rows with the same columns, as one small table. */
	static List<Block> blocks(ReportTable table) {
		List<Block> blocks = new ArrayList<>();
		Block current = null;
		for (ReportRow row : table.layout().rows()) {
			if (current == null || !current.columns().equals(row.columns())) {
				current = new Block(row.columns(), new ArrayList<>());
				blocks.add(current);
			}
			List<Cell> cells = new ArrayList<>();
			for (String column : row.columns()) {
				BigDecimal value = table.value(row.id(), column);
				cells.add(new Cell(column, value == null ? "—" : ReportTable.number(value).toString(), value != null));
			}
			current.lines().add(new Line(row, cells));
		}
		return blocks;
	}

	/**
	 * Each record in words, the Chinese way: kinds, channels, results and outcome rows by their labels, dates
	 * as 2017年3月4日 — never a code ({@code WECHAT}, {@code R1}, {@code UPHELD}) on a Chinese page.
	 */
	private Map<String, String> describe(ReportRecords records, ReportLayout layout, java.util.Locale locale) {
		Map<String, String> out = new LinkedHashMap<>();
		records.applications().forEach(a -> out.put("request:" + a.requestId(), a.concludedOn() == null
				? text(locale, "reporting.cell.request.open", day(a.receivedOn(), locale), a.applicantColumn())
				: text(locale, "reporting.cell.request", day(a.receivedOn(), locale), day(a.concludedOn(), locale),
						outcome(a, layout), a.applicantColumn())));
		records.remedies().forEach(r -> out.put("remedy:" + r.remedyId(), text(locale, "reporting.cell.remedy",
				label(locale, "reporting.remedy.", r.kind()), day(r.filedOn(), locale),
				r.decidedOn() == null ? "—" : day(r.decidedOn(), locale), label(locale, "reporting.result.", r.result()))));
		records.publications().forEach(p -> out.merge("item:" + p.itemId(),
				label(locale, "disclosure.channel.", p.channel()) + " " + day(p.publishedOn(), locale), (x, y) -> x + "；" + y));
		records.documents().forEach(d -> out.put("document:" + d.documentId(), text(locale, "reporting.cell.document",
				label(locale, "disclosure.kind.", d.kind()), day(d.issuedOn(), locale),
				d.abolishedOn() == null ? "—" : day(d.abolishedOn(), locale))));
		records.interpretations().forEach(i -> out.put("interpretation:" + i.interpretationId(),
				text(locale, "reporting.cell.interpretation", day(i.publishedOn(), locale))));
		records.hotspotResponses().forEach(h -> out.merge("hotspot:" + h.hotspotId(),
				label(locale, "disclosure.hotspot.", h.channel()) + " " + day(h.respondedOn(), locale), (x, y) -> x + "；" + y));
		records.register().forEach(e -> out.put("register:" + e.entryId(), text(locale, "reporting.cell.register",
				label(locale, "disclosure.register.", e.kind()), day(e.occurredOn(), locale), e.quantity())));
		return out;
	}

	/** A record's reference in words: 政府信息公开申请 第 12 号, 主动公开信息 第 7 号 … */
	private String refLabel(String ref, java.util.Locale locale) {
		int colon = ref.indexOf(':');
		return colon < 0 ? ref : text(locale, "reporting.cell.ref." + ref.substring(0, colon), ref.substring(colon + 1));
	}

	private static String outcome(ReportRecords.Application a, ReportLayout layout) {
		if (a.outcomeCode() == null) {
			return "—";
		}
		return layout.row(a.outcomeCode()).or(() -> layout.row(String.valueOf(a.outcome2019())))
				.or(() -> ReportLayout.of(sunshine.reporting.table.ReportFormat.forYear(2021)).row(a.outcomeCode()))
				.map(ReportRow::label).orElse("—");
	}

	private String label(java.util.Locale locale, String prefix, String code) {
		return code == null ? "—" : messages.getMessage(prefix + code, null, code, locale);
	}

	private static String day(java.time.LocalDate date, java.util.Locale locale) {
		if (date == null) {
			return "—";
		}
		return java.util.Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? date.toString()
				: date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	private String text(java.util.Locale locale, String key, Object... args) {
		Object[] plain = java.util.Arrays.stream(args).map(String::valueOf).toArray();
		return messages.getMessage(key, plain, key, locale);
	}

	record Block(List<String> columns, List<Line> lines) {
	}

	record Line(ReportRow row, List<Cell> cells) {
	}

	record Cell(String column, String text, boolean known) {
	}

	record RecordLine(String ref, String description) {
	}

	record AgencyLine(Agency agency, List<Number> values, boolean total) {
	}
}
