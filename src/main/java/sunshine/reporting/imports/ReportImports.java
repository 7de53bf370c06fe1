package sunshine.reporting.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sunshine.agency.AgencyLookup;
import sunshine.agency.OrgScope;
import sunshine.agency.Role;
import sunshine.agency.StaffUser;
import sunshine.reporting.internal.persistence.ImportedReportRepository;
import tools.jackson.databind.json.JsonMapper;
import sunshine.reporting.table.ReportFormat;
import sunshine.reporting.table.ReportLayout;
import sunshine.reporting.table.ReportTable;

/**
 * Imports published annual reports (年报导入与核查): reads and lints them, stores each with its findings,
 * and records the reviewer's decision on every finding. Report editors and supervisors import; they
 * see the imports of their own agency and the agencies below it.
 */
@Service
public class ReportImports {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ImportedReportRepository imports;
	private final AgencyLookup agencies;
	private final Clock clock;

	ReportImports(ImportedReportRepository imports, AgencyLookup agencies, Clock clock) {
		this.imports = imports;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** Reads and lints a report without storing it. */
	public ReportCheck check(String source) {
		return ReportCheck.of(source);
	}

	/** Reads, lints and stores a report given as text or HTML. */
	@Transactional
	public ImportedReport importReport(String source, String sourceName, StaffUser user) {
		requireImporter(user);
		return store(source, sourceName, user.agencyId(), user.username());
	}

	/**
	 * Reads, lints and stores a report for an agency without a logged-in user (the demo data); the
	 * caller is responsible for the right to do so.
	 */
	@Transactional
	public ImportedReport importReport(String source, String sourceName, long agencyId, String username) {
		return store(source, sourceName, agencyId, username);
	}

	/** Reads, lints and stores one report of a batch import; the batch's starter had the right to import. */
	@Transactional
	public ImportedReport importInBatch(String source, String sourceName, long agencyId, String username, long batchId) {
		return store(source, sourceName, agencyId, username, batchId);
	}

	private ImportedReport store(String source, String sourceName, long agencyId, String username) {
		return store(source, sourceName, agencyId, username, null);
	}

	private ImportedReport store(String source, String sourceName, long agencyId, String username, Long batchId) {
		if (source == null || source.isBlank()) {
			throw new IllegalArgumentException("reporting.import.empty");
		}
		ReportCheck check = withCarryOverChain(ReportCheck.of(source), agencyId);
		ImportedReport report = new ImportedReport(agencyId, username, Instant.now(clock),
				sourceName == null || sourceName.isBlank() ? "（粘贴的文本）" : sourceName.strip(), source, check,
				agencyCode(check.report().agency()), JSON.writeValueAsString(check.report().table().rowsAsJson()), JSON.writeValueAsString(check.report().unread()));
		report = imports.save(report.inBatch(batchId));
		return imports.save(report.announce());
	}

	@Transactional(readOnly = true)
	public ImportedReport get(long importId, StaffUser user) {
		ImportedReport report = imports.findById(importId).orElseThrow(() -> new IllegalArgumentException("reporting.import.unknown"));
		if (!scope(user).includes(report.getAgencyId())) {
			throw new AccessDeniedException("reporting.import.unknown");
		}
		report.getFindings().size();
		return report;
	}

	@Transactional
	public void confirm(long importId, long findingId, StaffUser user) {
		ImportedReport report = editable(importId, user);
		report.confirm(findingId, user.username(), Instant.now(clock));
		imports.save(report);
	}

	@Transactional
	public void dismiss(long importId, long findingId, String reason, StaffUser user) {
		ImportedReport report = editable(importId, user);
		report.dismiss(findingId, reason, user.username(), Instant.now(clock));
		imports.save(report);
	}

	@Transactional
	public void reopen(long importId, long findingId, StaffUser user) {
		ImportedReport report = editable(importId, user);
		report.reopen(findingId);
		imports.save(report);
	}

	/**
	 * Adds {@code T3.CARRY_OVER_CHAIN}: this year's 上年结转 must equal the 结转下年度继续办理 of the same
	 * agency's report for the year before (and this year's carry-over the next year's 上年结转), when
	 * that report has been imported too. Not an official rule of the form, so a warning (reference
	 * annual-report-format-2021.md §4.3).
	 */
	private ReportCheck withCarryOverChain(ReportCheck check, long agencyId) {
		ParsedReport report = check.report();
		if (report.year() == null || report.agency() == null || report.table().format() == ReportFormat.ERA_2008) {
			return check;
		}
		List<Finding> findings = new java.util.ArrayList<>(check.findings());
		sameAgency(agencyId, report.agency(), report.year() - 1).ifPresent(previous -> chain(findings, previous,
				"CARRY_OUT", report.table(), "CARRY_IN", true));
		sameAgency(agencyId, report.agency(), report.year() + 1).ifPresent(next -> chain(findings, next, "CARRY_IN",
				report.table(), "CARRY_OUT", false));
		return new ReportCheck(report, findings);
	}

	private java.util.Optional<ImportedReport> sameAgency(long agencyId, String agency, int year) {
		return imports.findByAgencyIdAndReportingYearOrderByImportedAtDesc(agencyId, year).stream()
				.filter(r -> r.getReportAgency() != null && !r.getFormatCode().equals(ReportFormat.ERA_2008.code()))
				.filter(r -> r.getReportAgency().endsWith(agency) || agency.endsWith(r.getReportAgency())).findFirst();
	}

	@SuppressWarnings("unchecked")
	private static void chain(List<Finding> findings, ImportedReport other, String otherRow, ReportTable table,
			String thisRow, boolean otherIsEarlier) {
		Map<String, Object> values = rows(other).stream().filter(r -> otherRow.equals(r.get("id"))).findFirst()
				.map(r -> (Map<String, Object>) r.get("values")).orElse(Map.of());
		for (String column : ReportLayout.APPLICANT_COLUMNS) {
			Object theirs = values.get(column);
			java.math.BigDecimal ours = table.value(thisRow, column);
			if (theirs == null || ours == null) {
				continue;
			}
			java.math.BigDecimal stated = new java.math.BigDecimal(theirs.toString());
			if (stated.compareTo(ours) != 0) {
				String message = otherIsEarlier
						? "本年“二、上年结转”的“" + column + "”为 " + ReportLinter.plain(ours) + "，而 " + other.getReportingYear()
								+ " 年报告（导入编号 " + other.getId() + "）的“四、结转下年度继续办理”为 " + ReportLinter.plain(stated) + "。"
						: "本年“四、结转下年度继续办理”的“" + column + "”为 " + ReportLinter.plain(ours) + "，而 "
								+ other.getReportingYear() + " 年报告（导入编号 " + other.getId() + "）的“二、上年结转”为 "
								+ ReportLinter.plain(stated) + "。";
				findings.add(Finding.of("T3.CARRY_OVER_CHAIN", Finding.Severity.WARNING, message, List.of(thisRow), column,
						ours, stated, null));
			}
		}
	}

	/** The code of the Sunshine agency whose full or short name the report gives, if any. */
	private String agencyCode(String name) {
		if (name == null) {
			return null;
		}
		return agencies.tree().stream().filter(a -> a.getName().equals(name) || a.getShortName().equals(name))
				.map(sunshine.agency.Agency::getCode).findFirst().orElse(null);
	}

	/** The agencies whose imports the user may see. */
	public OrgScope scope(StaffUser user) {
		return agencies.scopeOf(user);
	}

	/** The stored table of an import, in the table endpoint's row shape. */
	public static List<Map<String, Object>> rows(ImportedReport report) {
		return JSON.readValue(report.getTableJson(), JSON.getTypeFactory().constructCollectionType(List.class, LinkedHashMap.class));
	}

	/** The stored unread cells of an import. */
	public static List<Map<String, Object>> unread(ImportedReport report) {
		return JSON.readValue(report.getUnreadJson(), JSON.getTypeFactory().constructCollectionType(List.class, LinkedHashMap.class));
	}

	private ImportedReport editable(long importId, StaffUser user) {
		requireImporter(user);
		return get(importId, user);
	}

	static void requireImporter(StaffUser user) {
		if (!user.has(Role.REPORT_EDITOR) && !user.has(Role.SUPERVISOR) && !user.has(Role.DISCLOSURE_EDITOR)) {
			throw new AccessDeniedException("reporting.import.forbidden");
		}
	}
}
