package sunshine.reporting.document;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sunshine.agency.Agency;
import sunshine.agency.AgencyLookup;
import sunshine.agency.Role;
import sunshine.agency.StaffUser;
import sunshine.reporting.internal.persistence.AnnualReportRepository;
import tools.jackson.databind.json.JsonMapper;
import sunshine.reporting.imports.Finding;
import sunshine.reporting.imports.ProseChecker;
import sunshine.reporting.imports.ReportLinter;
import sunshine.reporting.table.ReportFormat;
import sunshine.reporting.table.ReportLayout;
import sunshine.reporting.table.ReportRow;
import sunshine.reporting.table.ReportTable;
import sunshine.reporting.table.ReportTables;
import sunshine.reporting.table.TableComputation;

/**
 * The annual report documents (writes): drafted from the computed table by the report editor
 * ({@link Role#REPORT_EDITOR}), edited (every save a version), submitted, signed off or returned by the
 * signing leader ({@link Role#SIGNING_LEADER}) of the same agency, and published to the portal's 信息公开年报
 * column with the table frozen as it stood.
 */
@Service
@Transactional
public class AnnualReports {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AnnualReportRepository reports;
	private final ReportTables tables;
	private final AgencyLookup agencies;
	private final ApplicationEventPublisher events;
	private final ReportFigures liveFigures;
	private final Clock clock;

	public AnnualReports(AnnualReportRepository reports, ReportTables tables, AgencyLookup agencies,
			ApplicationEventPublisher events, ReportFigures liveFigures, Clock clock) {
		this.reports = reports;
		this.tables = tables;
		this.agencies = agencies;
		this.events = events;
		this.liveFigures = liveFigures;
		this.clock = clock;
	}

	/**
	 * The same service acting at a fixed moment: for entering the back catalogue of reports an agency
	 * published before it used Sunshine (each drafted, signed and published on its own day), and for the
	 * demo's history. The caller's transaction is used.
	 */
	public AnnualReports asOf(Instant at) {
		return new AnnualReports(reports, tables, agencies, events, liveFigures, Clock.fixed(at, clock.getZone()));
	}

	/**
	 * A report with what it renders: its agency, its table (frozen once published) and its sections; the
	 * agency's name is the one it bore in the report's year (an agency renamed since keeps its old name on
	 * its old reports).
	 */
	public record View(AnnualReport report, Agency agency, ReportTable table, List<ReportNarrative.Section> sections,
			Map<String, java.math.BigDecimal> figures, List<ReportFigures.Figure> liveFigures, String agencyName) {

		/** A fill-in placeholder left in a part: “（请填写…）”. */
		static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("[（(]\\s*请填写[^）)]*[）)]");

		/**
		 * Everything that keeps the report from publication now, waived or not: each part left unfilled
		 * (its placeholder, or empty with no table of its own), each reference to no cell, each finding.
		 */
		public List<OpenItem> openItems() {
			List<OpenItem> open = new ArrayList<>();
			for (ReportNarrative.Section s : sections) {
				java.util.regex.Matcher placeholder = PLACEHOLDER.matcher(s.text());
				if (placeholder.find()) {
					open.add(new OpenItem("PART:" + s.key(), OpenItem.Kind.UNFILLED, s.title(), placeholder.group()));
				}
				else if (s.text().isBlank() && s.table().isEmpty()) {
					open.add(new OpenItem("PART:" + s.key(), OpenItem.Kind.UNFILLED, s.title(), "（空白）"));
				}
				for (String reference : ReportNarrative.unknownReferences(s.text(), table, figures)) {
					open.add(new OpenItem("REFERENCE:" + reference, OpenItem.Kind.UNKNOWN_REFERENCE, s.title(), reference));
				}
			}
			for (Finding f : findings()) {
				String key = "FINDING:" + f.rule() + ":" + Integer.toHexString(f.message().hashCode());
				if (open.stream().noneMatch(o -> o.key().equals(key))) {
					open.add(new OpenItem(key, OpenItem.Kind.FINDING, f.rule(), f.message()));
				}
			}
			return open;
		}

		/** The open items not waived: what the editor still has to resolve, or the leader to waive. */
		public List<OpenItem> unresolved() {
			return openItems().stream().filter(o -> !report.isWaived(o.key())).toList();
		}

		/** A section's text with every reference rendered from the table. */
		public String rendered(ReportNarrative.Section section) {
			return ReportNarrative.render(section.text(), table, figures);
		}

		/**
		 * The linter's findings on the table, and the prose checks of the rendered text against it: a figure
		 * typed by hand (not a reference) that contradicts the table is found here.
		 */
		public List<Finding> findings() {
			List<Finding> findings = new ArrayList<>(new ReportLinter().lint(table));
			StringBuilder prose = new StringBuilder();
			sections.forEach(s -> prose.append(s.title()).append('\n').append(rendered(s)).append('\n'));
			findings.addAll(new ProseChecker().check(table, prose.toString()));
			return findings.stream().filter(f -> f.severity() != Finding.Severity.INFO).toList();
		}

		/** References in the text that name no cell. */
		public List<String> unknownReferences() {
			List<String> unknown = new ArrayList<>();
			sections.forEach(s -> unknown.addAll(ReportNarrative.unknownReferences(s.text(), table, figures)));
			return unknown;
		}
	}

	/** The agency's report of the year, drafted from the table if there is none yet. */
	public View draft(String agencyCode, int year, StaffUser user) {
		requireRole(user, Role.REPORT_EDITOR);
		Agency agency = tables.agencyInScope(agencyCode, user);
		AnnualReport report = reports.findByAgencyIdAndReportingYear(agency.getId(), year).orElseGet(() -> {
			ReportTable table = tables.table(agency.getId(), year).table();
			AnnualReport created = reports.save(new AnnualReport(agency.getId(), year,
					json(ReportNarrative.draft(table, agencies.nameInYear(agency.getId(), year).orElse(agency.getName()), year)), user.getUsername(), Instant.now(clock)));
			events.publishEvent(new AnnualReportEvents.Drafted(created.getId(), agency.getCode(), year, user.getUsername()));
			return created;
		});
		return view(report, agency);
	}

	/** The report of an agency and year, if one was drafted; the caller's scope must include the agency. */
	@Transactional(readOnly = true)
	public java.util.Optional<View> find(String agencyCode, int year, StaffUser user) {
		Agency agency = tables.agencyInScope(agencyCode, user);
		return reports.findByAgencyIdAndReportingYear(agency.getId(), year).map(r -> view(r, agency));
	}

	/** Saves the edited texts of the sections (keys as drafted) as a new version. */
	public View edit(long id, Map<String, String> texts, StaffUser user) {
		requireRole(user, Role.REPORT_EDITOR);
		AnnualReport report = inScope(id, user);
		List<ReportNarrative.Section> sections = new ArrayList<>();
		for (ReportNarrative.Section s : sections(report)) {
			String text = texts.getOrDefault(s.key(), s.text());
			if (text.length() > 20_000) {
				throw new IllegalArgumentException("reporting.document.tooLong");
			}
			sections.add(new ReportNarrative.Section(s.key(), s.title(), text.strip(), s.table()));
		}
		report.edit(json(sections), user.getUsername(), Instant.now(clock));
		return view(reports.save(report), null);
	}

	/**
	 * Saves a text written elsewhere — sections with their own keys and titles, such as a report the agency
	 * published before it used Sunshine — as the draft's next version. The annex (the table) is kept.
	 */
	public View write(long id, List<ReportNarrative.Section> sections, StaffUser user) {
		requireRole(user, Role.REPORT_EDITOR);
		AnnualReport report = inScope(id, user);
		List<ReportNarrative.Section> text = new ArrayList<>();
		for (ReportNarrative.Section s : sections) {
			if (s.text().length() > 20_000) {
				throw new IllegalArgumentException("reporting.document.tooLong");
			}
			text.add(new ReportNarrative.Section(s.key(), s.title(), s.text().strip(), s.table()));
		}
		sections(report).stream().filter(s -> !s.table().isEmpty())
				.filter(s -> text.stream().noneMatch(t -> t.key().equals(s.key()))).forEach(text::add);
		report.edit(json(text), user.getUsername(), Instant.now(clock));
		return view(reports.save(report), null);
	}

	public View submit(long id, StaffUser user) {
		requireRole(user, Role.REPORT_EDITOR);
		AnnualReport report = inScope(id, user);
		report.submit(user.getUsername());
		return view(reports.save(report), null);
	}

	public View returnForChanges(long id, StaffUser user) {
		AnnualReport report = signable(id, user);
		report.returnForChanges(user.getUsername());
		return view(reports.save(report), null);
	}

	public View signOff(long id, StaffUser user) {
		AnnualReport report = signable(id, user);
		report.signOff(user.getUsername(), Instant.now(clock));
		return view(reports.save(report), null);
	}

	/**
	 * The signing leader of the report's own agency waives one open item (by its key), saying why; the
	 * waiver is kept with the report and written to the audit log. Only an item open now can be waived.
	 */
	public View waive(long id, String itemKey, String reason, StaffUser user) {
		AnnualReport report = signable(id, user);
		View view = view(report, null);
		AnnualReportWorkflow.TABLE.check(report, AnnualReport.Action.WAIVE);
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("reporting.document.waiver.reason");
		}
		if (reason.strip().length() > 1000) {
			throw new IllegalArgumentException("reporting.document.waiver.reasonLength");
		}
		OpenItem item = view.openItems().stream().filter(o -> o.key().equals(itemKey)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("reporting.document.waiver.unknownItem"));
		report.waive(item, reason.strip(), user.getUsername(), Instant.now(clock));
		return view(reports.save(report), null);
	}

	/**
	 * Publishes a signed report when it is complete (every open item resolved or waived, the condition of
	 * {@link AnnualReportWorkflow#TABLE}); its table and live figures are frozen as computed now.
	 */
	public View publish(long id, StaffUser user) {
		requireRole(user, Role.REPORT_EDITOR);
		AnnualReport report = inScope(id, user);
		View view = view(report, null);
		report.publish(JSON.writeValueAsString(view.table().rowsAsJson()), JSON.writeValueAsString(view.liveFigures()),
				user.getUsername(), Instant.now(clock));
		return view(reports.save(report), null);
	}

	/**
	 * Whether the user could publish the report but for what is still open: the state and role allow it,
	 * only completeness does not. The console shows the publish button then, and its refusal lists the items.
	 */
	public boolean publishHeldBack(AnnualReport report, StaffUser user) {
		return !report.isComplete() && AnnualReportWorkflow.TABLE.rows().stream()
				.anyMatch(r -> r.action() == AnnualReport.Action.PUBLISH && r.from().contains(report.getStatus())
						&& r.roles().stream().anyMatch(user.roles()::contains));
	}

	/** The published reports, newest year first (the portal's 信息公开年报 column). */
	@Transactional(readOnly = true)
	public List<View> published() {
		return reports.findByStatusOrderByReportingYearDesc(AnnualReportStatus.PUBLISHED).stream().map(r -> view(r, null))
				.toList();
	}

	/** One published report, for anyone. */
	@Transactional(readOnly = true)
	public java.util.Optional<View> publishedReport(long id) {
		return reports.findById(id).filter(r -> r.getStatus() == AnnualReportStatus.PUBLISHED).map(r -> view(r, null));
	}

	/**
	 * The actions the user may take on the report now: its state, their roles, and — to sign or return —
	 * the report of their own agency.
	 */
	public java.util.Set<AnnualReport.Action> actionsFor(AnnualReport report, StaffUser user) {
		var actions = AnnualReportWorkflow.TABLE.allowedTo(report, user.roles());
		if (!report.getAgencyId().equals(user.agencyId())) {
			actions.remove(AnnualReport.Action.SIGN);
			actions.remove(AnnualReport.Action.RETURN);
			actions.remove(AnnualReport.Action.WAIVE);
		}
		return actions;
	}

	/** A report in the caller's scope. */
	@Transactional(readOnly = true)
	public View get(long id, StaffUser user) {
		return view(inScope(id, user), null);
	}

	private AnnualReport signable(long id, StaffUser user) {
		requireRole(user, Role.SIGNING_LEADER);
		AnnualReport report = inScope(id, user);
		if (!report.getAgencyId().equals(user.agencyId())) {
			throw new AccessDeniedException("reporting.document.signOwnAgency");
		}
		return report;
	}

	private AnnualReport inScope(long id, StaffUser user) {
		AnnualReport report = reports.findById(id).orElseThrow(() -> new IllegalArgumentException("reporting.document.unknown"));
		if (!agencies.scopeOf(user).includes(report.getAgencyId())) {
			throw new AccessDeniedException("reporting.table.outOfScope");
		}
		return report;
	}

	private static void requireRole(StaffUser user, Role role) {
		if (!user.has(role)) {
			throw new AccessDeniedException("reporting.document.forbidden." + role.name());
		}
	}

	private View view(AnnualReport report, Agency agency) {
		Agency owner = agency != null ? agency : agencies.byId(report.getAgencyId()).orElseThrow();
		ReportTable table;
		Map<String, java.math.BigDecimal> figures = new LinkedHashMap<>();
		List<ReportFigures.Figure> live;
		if (report.getPublishedTableJson() != null) {
			table = frozen(report);
			figures.putAll(tables.table(report.getAgencyId(), report.getReportingYear()).figures());
			live = report.getPublishedFiguresJson() == null ? List.of()
					: List.of(JSON.readValue(report.getPublishedFiguresJson(), ReportFigures.Figure[].class));
		}
		else {
			TableComputation.Computed computed = tables.table(report.getAgencyId(), report.getReportingYear());
			table = computed.table();
			figures.putAll(computed.figures());
			live = liveFigures.of(report.getAgencyId(), report.getReportingYear());
		}
		figures.putAll(ReportFigures.values(live));
		View view = new View(report, owner, table, sections(report), figures, live,
				agencies.nameInYear(owner.getId(), report.getReportingYear()).orElse(owner.getName()));
		report.assess(view.openItems());
		return view;
	}

	@SuppressWarnings("unchecked")
	private static ReportTable frozen(AnnualReport report) {
		ReportTable table = new ReportTable(ReportLayout.of(ReportFormat.forYear(report.getReportingYear())));
		List<Map<String, Object>> rows = JSON.readValue(report.getPublishedTableJson(),
				JSON.getTypeFactory().constructCollectionType(List.class, LinkedHashMap.class));
		for (Map<String, Object> row : rows) {
			String id = String.valueOf(row.get("id"));
			if (row.containsKey("values")) {
				((Map<String, Object>) row.get("values")).forEach((c, v) -> table.put(id, c,
						v == null ? null : new java.math.BigDecimal(v.toString())));
			}
			else {
				Object v = row.get("value");
				table.put(id, ReportRow.VALUE, v == null ? null : new java.math.BigDecimal(v.toString()));
			}
		}
		return table;
	}

	private static List<ReportNarrative.Section> sections(AnnualReport report) {
		return List.of(JSON.readValue(report.current().getSectionsJson(), ReportNarrative.Section[].class));
	}

	private static String json(List<ReportNarrative.Section> sections) {
		return JSON.writeValueAsString(sections);
	}
}
