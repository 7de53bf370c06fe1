package sunshine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import sunshine.agency.Agency;
import sunshine.agency.AgencyLookup;
import sunshine.agency.Role;
import sunshine.agency.StaffManagement;
import sunshine.agency.StaffUser;
import sunshine.disclosure.DisclosureManagement;
import sunshine.disclosure.Genre;
import sunshine.disclosure.Hotspot;
import sunshine.disclosure.HotspotChannel;
import sunshine.disclosure.ItemContent;
import sunshine.disclosure.RegisterEntryDraft;
import sunshine.disclosure.RegisterKind;
import sunshine.disclosure.SearchIndex;
import sunshine.disclosure.DocumentKind;
import sunshine.disclosure.Topic;
import sunshine.petitions.PetitionAttachment;
import sunshine.petitions.PetitionManagement;
import sunshine.petitions.Submission;
import sunshine.reporting.document.AnnualReports;
import sunshine.reporting.imports.ImportedReport;
import sunshine.reporting.imports.ReportImports;
import sunshine.requests.DisclosureRequestManagement;
import sunshine.requests.RemedyKind;

/**
 * Who reaches which staff endpoint: every console page ({@code /console/**}) and every staff API
 * ({@code /api/v1/**} that is not public), asked by each role ({@link Role}) from three agencies —
 * the city bureau that owns the records probed, the regional bureau above it, and a sibling city
 * bureau — against the policy written down below. Every endpoint the handler mappings know must be
 * in the table, so a new one is classified before it ships.
 * <p>
 * The records probed (a request, a petition with an attachment, an information item, a normative
 * document, a register entry, a hotspot, an annual report, an imported report) belong to the city.
 * Whoever the policy keeps away from them must not find anything of them in the answer either.
 */
@SunshineIntegrationTest
class AuthorizationMatrixIntegrationTests {

	/** Where the caller works, seen from the city bureau that owns the probed records. */
	enum Place {
		/** the city bureau itself */
		OWN,
		/** the regional bureau above it: reaches the city where the role sees subordinates */
		PARENT,
		/** another city bureau under the same region: never reaches the city's records */
		SIBLING
	}

	/** What an endpoint's answer depends on, besides the role. */
	enum Reach {
		/** The caller's own area or agency: the role decides alone. */
		AREA,
		/** A record of the city: its own staff, and staff above it whose role sees subordinates (数据范围). */
		SCOPE,
		/** A record of the city that only the city's own staff act on. */
		OWN_AGENCY
	}

	/** How an endpoint says no; anything else that is not a 5xx is "let through". */
	interface Refusal extends BiPredicate<MvcResult, AuthorizationMatrixIntegrationTests> {
	}

	/** One row of the policy: who, how far, how it is probed, how it refuses. */
	record Rule(Set<Role> roles, Reach reach, BiFunction<Fixture, StaffUser, AbstractMockHttpServletRequestBuilder<?>> probe,
			Refusal refusal) {
	}

	static final Set<Role> ALL = EnumSet.allOf(Role.class);

	/** 三员分立: the three administrators' roles, each with its own area and no business data. */
	static final Set<Role> ADMINISTRATORS = EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.SECURITY_AUDITOR);

	/** Every role that works on requests, petitions, disclosure and reports: all but the three administrators. */
	static final Set<Role> BUSINESS = EnumSet.complementOf(EnumSet.copyOf(ADMINISTRATORS));

	/**
	 * 信访 is the petition roles' work (登记, 承办, 审核, 签发, 督办): petition files hold the
	 * petitioners' personal data, which the editors of disclosure and of the annual report do not need.
	 */
	static final Set<Role> PETITION_ROLES = EnumSet.of(Role.REGISTRAR, Role.HANDLER, Role.REVIEWER, Role.SIGNING_LEADER,
			Role.SUPERVISOR);

	/** The roles that work citizens' cases and may see their personal data in full ({@link Role#readsPersonalData()}). */
	static final Set<Role> CASE_STAFF = EnumSet.of(Role.REGISTRAR, Role.HANDLER, Role.REVIEWER, Role.SIGNING_LEADER);

	/** 年报导入与核查: the report editor, the supervisor and the disclosure editor import and check reports. */
	static final Set<Role> IMPORTERS = EnumSet.of(Role.REPORT_EDITOR, Role.SUPERVISOR, Role.DISCLOSURE_EDITOR);

	static final Refusal FORBIDDEN = (result, test) -> status(result) == 403;

	static final Refusal FORBIDDEN_OR_NOT_FOUND = (result, test) -> status(result) == 403 || status(result) == 404;

	/** A petition outside the caller's scope: back to the queue, as if there were none. */
	static final Refusal BACK_TO_PETITION_QUEUE = (result, test) -> status(result) == 403
			|| status(result) == 302 && "/console/petitions".equals(result.getResponse().getRedirectedUrl());

	/** A petition action refused for the role or the scope: 403, or the refusal as the action's failure. */
	static final Refusal PETITION_ACTION_REFUSED = (result, test) -> status(result) == 403
			|| test.petitionRefusals().contains(String.valueOf(result.getFlashMap().get("failure")))
			|| status(result) == 409 && test.petitionRefusals().stream().anyMatch(plain(result)::contains);

	/** Registration by someone who is not a registrar: the form again, with the role refusal. */
	static final Refusal PETITION_FORM_REFUSED = (result, test) -> status(result) == 403
			|| result.getModelAndView() != null && result.getModelAndView().getModel().get("errors") instanceof Map<?, ?> errors
					&& errors.containsValue(test.text("petitions.error.role"));

	/** The analysis of an agency outside the scope: refused in words, the caller's own figures shown instead. */
	static final Refusal ANALYSIS_REFUSED = (result, test) -> status(result) == 403
			|| status(result) == 200 && plain(result).contains(test.text("petitions.error.scope"));

	/** The workbook of an agency outside the scope: the caller's own agency's instead. */
	static final Refusal WORKBOOK_OF_ANOTHER_AGENCY = (result, test) -> status(result) == 403
			|| status(result) == 200 && !String.valueOf(result.getResponse().getHeader("Content-Disposition"))
					.contains(test.fixture.city.getCode());

	/**
	 * The audit log is one chain for the whole region, read by the security auditor of any agency: its
	 * entries name the records acted on by tracking code or title, never by the people in them. There
	 * only the personal data of the city's records must not appear.
	 */
	/**
	 * Letters addressed to the citizen by name (an audited download, like a reveal): within reach they show
	 * the name in full — which proves the probe read the letter's text — outside it nothing.
	 */
	static final Set<String> ADDRESSED_BY_NAME = Set.of("GET /console/requests/{id}/letters/{kind}.{format}");

	static final Set<String> REGION_WIDE_AUDIT_LOG = Set.of("GET /console/audit", "POST /console/audit/verify",
			"GET /api/v1/audit/verification");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyLookup agencies;

	@Autowired
	StaffManagement staff;

	@Autowired
	UserDetailsService users;

	@Autowired
	PetitionManagement petitions;

	@Autowired
	DisclosureRequestManagement requests;

	@Autowired
	sunshine.requests.RequestReleases releases;


	@Autowired
	DisclosureManagement disclosure;

	@Autowired
	sunshine.opinion.OpinionManagement opinion;

	@Autowired
	AnnualReports annualReports;

	@Autowired
	ReportImports imports;

	@Autowired
	sunshine.reporting.imports.ReportImportBatches batches;

	@Autowired
	SearchIndex searchIndex;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	Fixture fixture;

	/**
	 * The policy. Each area says why; the probe of a parameterised endpoint names the record it asks
	 * about. "Let through" means past the door: a form sent back with its problems, or an action the
	 * record's state does not allow, still counts.
	 */
	static Map<String, Rule> policy() {
		var rules = new LinkedHashMap<String, Rule>();

		// Every member of staff: the console's home, their own password, who they are.
		rules.put("GET /console", new Rule(ALL, Reach.AREA, (f, u) -> get("/console"), FORBIDDEN));
		rules.put("GET /console/password", new Rule(ALL, Reach.AREA, (f, u) -> get("/console/password"), FORBIDDEN));
		rules.put("POST /console/password", new Rule(ALL, Reach.AREA, (f, u) -> post("/console/password"), FORBIDDEN));
		rules.put("GET /api/v1/me", new Rule(ALL, Reach.AREA, (f, u) -> get("/api/v1/me"), FORBIDDEN));

		// 三员分立 — 系统管理员: the agency tree, the accounts (opened without roles), the working calendar.
		// Accounts of the agencies below are theirs too (the role sees subordinates).
		Set<Role> sysadmin = EnumSet.of(Role.SYSTEM_ADMIN);
		rules.put("GET /console/system/agencies", new Rule(sysadmin, Reach.AREA, (f, u) -> get("/console/system/agencies"), FORBIDDEN));
		rules.put("GET /console/system/staff", new Rule(sysadmin, Reach.AREA, (f, u) -> get("/console/system/staff"), FORBIDDEN));
		rules.put("POST /console/system/staff", new Rule(sysadmin, Reach.AREA,
				(f, u) -> post("/console/system/staff").param("agencyId", String.valueOf(u.agencyId())).param("username", ""), FORBIDDEN));
		rules.put("POST /console/system/staff/{id}/enabled", new Rule(sysadmin, Reach.SCOPE,
				(f, u) -> post("/console/system/staff/{id}/enabled", f.targetAccountId).param("enabled", "true"), FORBIDDEN));
		// and the online backup of the embedded database (refused with 409 on any other database).
		rules.put("GET /console/system/backup", new Rule(sysadmin, Reach.AREA, (f, u) -> get("/console/system/backup"), FORBIDDEN));
		rules.put("POST /console/system/backup", new Rule(sysadmin, Reach.AREA, (f, u) -> post("/console/system/backup"), FORBIDDEN));
		rules.put("GET /api/v1/system/backups", new Rule(sysadmin, Reach.AREA, (f, u) -> get("/api/v1/system/backups"), FORBIDDEN));
		rules.put("POST /api/v1/system/backups", new Rule(sysadmin, Reach.AREA, (f, u) -> post("/api/v1/system/backups"), FORBIDDEN));
		rules.put("GET /console/system/calendar", new Rule(sysadmin, Reach.AREA, (f, u) -> get("/console/system/calendar"), FORBIDDEN));
		rules.put("GET /console/system/calendar/{year}", new Rule(sysadmin, Reach.AREA,
				(f, u) -> get("/console/system/calendar/{year}", 2026), FORBIDDEN));
		rules.put("POST /console/system/calendar/{year}", new Rule(sysadmin, Reach.AREA,
				(f, u) -> post("/console/system/calendar/{year}", 2026).param("text", ""), FORBIDDEN));

		// 机构调整: the system administrator renames, moves, merges and retires agencies of their scope, and
		// sets up, renames and retires departments and units. Probed with empty forms (refused as bad input).
		rules.put("POST /console/system/agencies", new Rule(sysadmin, Reach.AREA, (f, u) -> post("/console/system/agencies"), FORBIDDEN));
		rules.put("POST /console/system/agencies/{id:\\d+}/{change:rename|move|merge|retire|departments|units}", new Rule(sysadmin,
				Reach.AREA, (f, u) -> post("/console/system/agencies/{id}/merge", f.city.getId()), FORBIDDEN));
		rules.put("POST /console/system/{kind:departments|units}/{id:\\d+}/{change:rename|retire}", new Rule(sysadmin,
				Reach.AREA, (f, u) -> post("/console/system/departments/{id}/rename", 0), FORBIDDEN));
		rules.put("GET /api/v1/agencies", new Rule(sysadmin, Reach.AREA, (f, u) -> get("/api/v1/agencies"), FORBIDDEN));
		rules.put("POST /api/v1/agencies", new Rule(sysadmin, Reach.AREA, (f, u) -> json(post("/api/v1/agencies")), FORBIDDEN));
		for (String change : List.of("rename", "move", "merge", "retire", "departments", "units")) {
			rules.put("POST /api/v1/agencies/{id:\\d+}/" + change, new Rule(sysadmin, Reach.AREA,
					(f, u) -> json(post("/api/v1/agencies/{id}/" + change, f.city.getId())), FORBIDDEN));
		}
		rules.put("POST /api/v1/agencies/departments/{id:\\d+}/{change:rename|retire}", new Rule(sysadmin, Reach.AREA,
				(f, u) -> json(post("/api/v1/agencies/departments/{id}/rename", 0)), FORBIDDEN));
		rules.put("POST /api/v1/agencies/units/{id:\\d+}/{change:rename|retire}", new Rule(sysadmin, Reach.AREA,
				(f, u) -> json(post("/api/v1/agencies/units/{id}/rename", 0)), FORBIDDEN));

		// 三员分立 — 安全管理员: grants and revokes roles, unlocks accounts, in their agency and below.
		Set<Role> secadmin = EnumSet.of(Role.SECURITY_ADMIN);
		rules.put("GET /console/security/staff", new Rule(secadmin, Reach.AREA, (f, u) -> get("/console/security/staff"), FORBIDDEN));
		rules.put("POST /console/security/staff/{id}/roles", new Rule(secadmin, Reach.SCOPE,
				(f, u) -> post("/console/security/staff/{id}/roles", f.targetAccountId).param("role", "HANDLER")
						.param("change", "grant"), FORBIDDEN));
		rules.put("POST /console/security/staff/{id}/unlock", new Rule(secadmin, Reach.SCOPE,
				(f, u) -> post("/console/security/staff/{id}/unlock", f.targetAccountId), FORBIDDEN));

		// 三员分立 — 安全审计员: alone reads and verifies the audit log, in the console and by script.
		Set<Role> auditor = EnumSet.of(Role.SECURITY_AUDITOR);
		rules.put("GET /console/audit", new Rule(auditor, Reach.AREA, (f, u) -> get("/console/audit"), FORBIDDEN));
		rules.put("POST /console/audit/verify", new Rule(auditor, Reach.AREA, (f, u) -> post("/console/audit/verify"), FORBIDDEN));
		rules.put("GET /api/v1/audit/verification", new Rule(auditor, Reach.AREA,
				(f, u) -> get("/api/v1/audit/verification"), FORBIDDEN));

		// 依申请公开: every business role reads the requests of its agency (the 三员 none); roles that see
		// subordinates read the requests below; only the request's own agency acts on it, each step by its
		// role (RequestWorkflow.TABLE: 登记 registrar, 承办 handler, 审核 reviewer, 签发 signing leader).
		rules.put("GET /console/requests", new Rule(BUSINESS, Reach.AREA, (f, u) -> get("/console/requests").param("view", "all"), FORBIDDEN));
		rules.put("GET /console/requests/new", new Rule(BUSINESS, Reach.AREA, (f, u) -> get("/console/requests/new"), FORBIDDEN));
		rules.put("POST /console/requests/new", new Rule(EnumSet.of(Role.REGISTRAR), Reach.AREA,
				(f, u) -> post("/console/requests/new"), FORBIDDEN));
		rules.put("POST /console/requests/complaints", new Rule(BUSINESS, Reach.AREA,
				(f, u) -> post("/console/requests/complaints"), FORBIDDEN));
		rules.put("GET /console/requests/code/{trackingCode}", new Rule(BUSINESS, Reach.SCOPE,
				(f, u) -> get("/console/requests/code/{code}", f.requestCode), FORBIDDEN));
		rules.put("GET /console/requests/{id}", new Rule(BUSINESS, Reach.SCOPE,
				(f, u) -> get("/console/requests/{id}", f.requestId), FORBIDDEN));
		// A citizen's personal data in full, and the letters addressed to them by name: the case staff of
		// the record's own agency only (《个人信息保护法》第五十一条), never a parent agency or a sibling.
		rules.put("GET /console/requests/{id}/letters/{kind}.{format}", new Rule(CASE_STAFF, Reach.OWN_AGENCY,
				(f, u) -> get("/console/requests/{id}/letters/RECEIPT.docx", f.requestId), FORBIDDEN));
		rules.put("POST /console/requests/{id}/personal-data", new Rule(CASE_STAFF, Reach.OWN_AGENCY,
				(f, u) -> post("/console/requests/{id}/personal-data", f.requestId), FORBIDDEN));
		// probed with 结束征求意见 (the handler's step, RequestWorkflow.TABLE) on a request that is in no
		// consultation: past the door it is a state problem
		rules.put("POST /console/requests/{id}/actions/{action}", new Rule(EnumSet.of(Role.HANDLER), Reach.OWN_AGENCY,
				(f, u) -> post("/console/requests/{id}/actions/END_CONSULTATION", f.requestId), FORBIDDEN));
		rules.put("POST /console/requests/{id}/remedies", new Rule(BUSINESS, Reach.OWN_AGENCY,
				(f, u) -> post("/console/requests/{id}/remedies", f.requestId).param("kind", "RECONSIDERATION")
						.param("filedOn", f.today.toString()), FORBIDDEN));
		rules.put("POST /console/requests/{id}/remedies/{remedyId}", new Rule(BUSINESS, Reach.OWN_AGENCY,
				(f, u) -> post("/console/requests/{id}/remedies/{remedy}", f.requestId, f.remedyId).param("result", "UPHELD")
						.param("decidedOn", f.today.toString()), FORBIDDEN));
		rules.put("GET /api/v1/requests", new Rule(BUSINESS, Reach.AREA, (f, u) -> get("/api/v1/requests").param("view", "all"), FORBIDDEN));
		rules.put("GET /api/v1/requests/{id:\\d+}", new Rule(BUSINESS, Reach.SCOPE,
				(f, u) -> get("/api/v1/requests/{id}", f.requestId), FORBIDDEN_OR_NOT_FOUND));
		rules.put("POST /api/v1/requests/{id:\\d+}/actions/{action}", new Rule(EnumSet.of(Role.HANDLER), Reach.OWN_AGENCY,
				(f, u) -> json(post("/api/v1/requests/{id}/actions/END_CONSULTATION", f.requestId)), FORBIDDEN));

		// 第三十九条第一款: routing to the petition procedure is the registrar's step in the request's own agency
		// (probed on a request that may already be routed: past the door that is a state problem, 409)
		rules.put("POST /api/v1/requests/{id:\\d+}/route-to-petition", new Rule(EnumSet.of(Role.REGISTRAR),
				Reach.OWN_AGENCY, (f, u) -> json(post("/api/v1/requests/{id}/route-to-petition", f.requestId)), FORBIDDEN));
		// 公开一次: the registrar or the disclosure editor of the request's own agency (the fixture's request is not
		// granted: past the door a state problem)
		rules.put("POST /api/v1/requests/{id:\\d+}/disclose", new Rule(EnumSet.of(Role.REGISTRAR, Role.DISCLOSURE_EDITOR),
				Reach.OWN_AGENCY, (f, u) -> json(post("/api/v1/requests/{id}/disclose", f.requestId)), FORBIDDEN));
		rules.put("POST /console/requests/{id}/disclose", new Rule(EnumSet.of(Role.REGISTRAR, Role.DISCLOSURE_EDITOR),
				Reach.OWN_AGENCY, (f, u) -> post("/console/requests/{id}/disclose", f.requestId), FORBIDDEN));
		// 证据包: the letters and attachments carry personal data — the case staff of the own agency, audited
		rules.put("GET /api/v1/requests/{id:\\d+}/evidence", new Rule(CASE_STAFF, Reach.OWN_AGENCY,
				(f, u) -> get("/api/v1/requests/{id}/evidence", f.requestId), FORBIDDEN_OR_NOT_FOUND));
		rules.put("GET /api/v1/petitions/{id:\\d+}/evidence", new Rule(CASE_STAFF, Reach.OWN_AGENCY,
				(f, u) -> get("/api/v1/petitions/{id}/evidence", f.petitionId), FORBIDDEN_OR_NOT_FOUND));

		// 区分处理 with proof: the handler of the request's own agency redacts (past the door, an empty draft is a
		// state problem, 409); the releases are read like the request itself
		rules.put("POST /api/v1/requests/{id:\\d+}/releases", new Rule(EnumSet.of(Role.HANDLER), Reach.OWN_AGENCY,
				(f, u) -> json(post("/api/v1/requests/{id}/releases", f.requestId)), FORBIDDEN_OR_NOT_FOUND));
		rules.put("GET /api/v1/requests/{id:\\d+}/releases", new Rule(BUSINESS, Reach.SCOPE,
				(f, u) -> get("/api/v1/requests/{id}/releases", f.requestId), FORBIDDEN_OR_NOT_FOUND));
		rules.put("GET /api/v1/requests/{id:\\d+}/releases/{release}.pdf", new Rule(BUSINESS, Reach.SCOPE,
				(f, u) -> get("/api/v1/requests/{id}/releases/{r}.pdf", f.requestId, f.releaseId()), FORBIDDEN_OR_NOT_FOUND));

		// 网上信访: the petition roles read the petitions of their scope (the 三员 and the editors none);
		// each step is its role's (登记 registrar, 承办 handler, 审核 reviewer, 签发 signing leader, 督办
		// supervisor), in that role's scope. A refused step is the role's or scope's refusal in words
		// (409 in the API).
		Set<Role> registrar = EnumSet.of(Role.REGISTRAR);
		rules.put("GET /console/petitions", new Rule(PETITION_ROLES, Reach.AREA, (f, u) -> get("/console/petitions"), FORBIDDEN));
		rules.put("GET /console/petitions/new", new Rule(PETITION_ROLES, Reach.AREA, (f, u) -> get("/console/petitions/new"), FORBIDDEN));
		rules.put("POST /console/petitions/new", new Rule(registrar, Reach.AREA,
				(f, u) -> post("/console/petitions/new").param("channel", "LETTER"), PETITION_FORM_REFUSED));
		rules.put("POST /console/petitions/circulate", new Rule(registrar, Reach.AREA,
				(f, u) -> post("/console/petitions/circulate").param("from", "2001-01-01").param("to", "2001-01-31")
						.param("report", "矩阵测试通报"), PETITION_ACTION_REFUSED));
		// 告知模板: the agency's registrars and disclosure editors word its messages (a probe saves nothing: the
		// step is unknown, so a let-through caller is sent back to the page with the failure).
		Set<Role> wording = EnumSet.of(Role.REGISTRAR, Role.DISCLOSURE_EDITOR);
		rules.put("GET /console/notify/templates", new Rule(wording, Reach.AREA,
				(f, u) -> get("/console/notify/templates"), FORBIDDEN));
		rules.put("POST /console/notify/templates", new Rule(wording, Reach.AREA,
				(f, u) -> post("/console/notify/templates").param("step", "MATRIX_PROBE"), FORBIDDEN));
		rules.put("GET /console/petitions/categories", new Rule(PETITION_ROLES, Reach.AREA,
				(f, u) -> get("/console/petitions/categories"), FORBIDDEN));
		rules.put("POST /console/petitions/categories", new Rule(registrar, Reach.AREA,
				(f, u) -> post("/console/petitions/categories").param("code", "MATRIX_PROBE").param("name", "矩阵测试类别"),
				PETITION_ACTION_REFUSED));
		rules.put("GET /console/petitions/supervision", new Rule(PETITION_ROLES, Reach.AREA,
				(f, u) -> get("/console/petitions/supervision"), FORBIDDEN));
		rules.put("GET /console/petitions/analysis", new Rule(PETITION_ROLES, Reach.SCOPE,
				(f, u) -> get("/console/petitions/analysis").param("agency", f.city.getCode()), ANALYSIS_REFUSED));
		rules.put("GET /console/petitions/analysis.xlsx", new Rule(PETITION_ROLES, Reach.SCOPE,
				(f, u) -> get("/console/petitions/analysis.xlsx").param("agency", f.city.getCode()), WORKBOOK_OF_ANOTHER_AGENCY));
		rules.put("GET /console/petitions/{id:\\d+}", new Rule(PETITION_ROLES, Reach.SCOPE,
				(f, u) -> get("/console/petitions/{id}", f.petitionId), BACK_TO_PETITION_QUEUE));
		rules.put("POST /console/petitions/{id:\\d+}/personal-data", new Rule(CASE_STAFF, Reach.OWN_AGENCY,
				(f, u) -> post("/console/petitions/{id}/personal-data", f.petitionId), FORBIDDEN));
		// an attachment is personal data: its bytes for the case staff of the petition's own agency only
		rules.put("GET /console/petitions/{id:\\d+}/attachments/{attachment:\\d+}", new Rule(CASE_STAFF, Reach.OWN_AGENCY,
				(f, u) -> get("/console/petitions/{id}/attachments/{a}", f.petitionId, f.attachmentId), FORBIDDEN_OR_NOT_FOUND));
		// probed with 认领 (the handler's step, own agency only) on a petition not yet assigned
		rules.put("POST /console/petitions/{id:\\d+}/{action:[a-zA-Z]+}", new Rule(EnumSet.of(Role.HANDLER), Reach.OWN_AGENCY,
				(f, u) -> post("/console/petitions/{id}/claim", f.petitionId), PETITION_ACTION_REFUSED));
		rules.put("GET /api/v1/petitions/{id:\\d+}", new Rule(PETITION_ROLES, Reach.SCOPE,
				(f, u) -> get("/api/v1/petitions/{id}", f.petitionId), FORBIDDEN_OR_NOT_FOUND));
		// probed with 签发 on a petition not yet reviewed: the signing leader of the agency that holds the matter
		// signs; a leader above reads it (the role sees subordinates) but does not sign it
		rules.put("POST /api/v1/petitions/{id:\\d+}/{action}", new Rule(EnumSet.of(Role.SIGNING_LEADER), Reach.OWN_AGENCY,
				(f, u) -> json(post("/api/v1/petitions/{id}/sign", f.petitionId)), PETITION_ACTION_REFUSED));
		// 重复信访: who else the petitioner wrote to is for the case staff of the petition's own agency; merging is
		// the registrar's step there (probed into a petition that does not exist: past the door a 409)
		rules.put("GET /api/v1/petitions/{trackingCode:[A-Za-z]+[A-Za-z0-9-]*}/related", new Rule(CASE_STAFF,
				Reach.OWN_AGENCY, (f, u) -> get("/api/v1/petitions/{code}/related", f.petitionCode), FORBIDDEN_OR_NOT_FOUND));
		rules.put("POST /api/v1/petitions/{trackingCode:[A-Za-z]+[A-Za-z0-9-]*}/merge", new Rule(EnumSet.of(Role.REGISTRAR),
				Reach.OWN_AGENCY, (f, u) -> post("/api/v1/petitions/{code}/merge", f.petitionCode)
						.contentType(MediaType.APPLICATION_JSON).content("{\"into\":\"XF-2000-MATRIX00\"}"),
				FORBIDDEN_OR_NOT_FOUND));
		rules.put("GET /api/v1/petitions/statistics", new Rule(PETITION_ROLES, Reach.SCOPE,
				(f, u) -> get("/api/v1/petitions/statistics").param("agency", f.city.getCode()).param("from", "2024-01-01")
						.param("to", "2024-12-31"), FORBIDDEN));

		// 主动公开: the disclosure editor alone, for their own agency's items, documents and registers.
		// The portal's columns: every editor reaches the page; the service lets them change only their own
		// agency's columns, and the region-wide set only from the top (ColumnOwnershipIntegrationTests).
		Set<Role> editor = EnumSet.of(Role.DISCLOSURE_EDITOR);
		rules.put("GET /console/disclosure", new Rule(editor, Reach.AREA, (f, u) -> get("/console/disclosure"), FORBIDDEN));
		rules.put("GET /console/disclosure/items/new", new Rule(editor, Reach.AREA, (f, u) -> get("/console/disclosure/items/new"), FORBIDDEN));
		rules.put("POST /console/disclosure/items", new Rule(editor, Reach.AREA, (f, u) -> post("/console/disclosure/items"), FORBIDDEN));
		rules.put("GET /console/disclosure/items/{id}", new Rule(editor, Reach.OWN_AGENCY,
				(f, u) -> get("/console/disclosure/items/{id}", f.itemId), FORBIDDEN));
		rules.put("GET /console/disclosure/items/{id}/edit", new Rule(editor, Reach.OWN_AGENCY,
				(f, u) -> get("/console/disclosure/items/{id}/edit", f.itemId), FORBIDDEN));
		rules.put("POST /console/disclosure/items/{id}", new Rule(editor, Reach.OWN_AGENCY,
				(f, u) -> itemForm(post("/console/disclosure/items/{id}", f.itemId), f), FORBIDDEN));
		rules.put("POST /console/disclosure/items/{id}/submit", new Rule(editor, Reach.OWN_AGENCY,
				(f, u) -> post("/console/disclosure/items/{id}/submit", f.itemId), FORBIDDEN));
		rules.put("POST /console/disclosure/items/{id}/return", new Rule(editor, Reach.OWN_AGENCY,
				(f, u) -> post("/console/disclosure/items/{id}/return", f.itemId).param("reason", "矩阵测试"), FORBIDDEN));
		rules.put("POST /console/disclosure/items/{id}/publish", new Rule(editor, Reach.OWN_AGENCY,
				(f, u) -> channel(post("/console/disclosure/items/{id}/publish", f.itemId), f), FORBIDDEN));
		rules.put("POST /console/disclosure/items/{id}/channel", new Rule(editor, Reach.OWN_AGENCY,
				(f, u) -> channel(post("/console/disclosure/items/{id}/channel", f.itemId), f), FORBIDDEN));
		rules.put("POST /console/disclosure/items/{id}/withdraw", new Rule(editor, Reach.OWN_AGENCY,
				(f, u) -> post("/console/disclosure/items/{id}/withdraw", f.itemId).param("reason", "矩阵测试"), FORBIDDEN));
		rules.put("POST /console/disclosure/items/{id}/attachments", new Rule(editor, Reach.OWN_AGENCY,
				(f, u) -> multipart("/console/disclosure/items/{id}/attachments", f.itemId)
						.file(new MockMultipartFile("file", "matrix.txt", "text/plain", "矩阵".getBytes(StandardCharsets.UTF_8))),
				FORBIDDEN));
		rules.put("GET /console/disclosure/index", new Rule(editor, Reach.AREA, (f, u) -> get("/console/disclosure/index"), FORBIDDEN));
		// 门户访问统计: the whole portal's page views (counts, no personal data), for the disclosure editors.
		rules.put("GET /console/disclosure/analytics", new Rule(editor, Reach.AREA, (f, u) -> get("/console/disclosure/analytics"), FORBIDDEN));
		rules.put("GET /console/disclosure/index/progress", new Rule(editor, Reach.AREA,
				(f, u) -> get("/console/disclosure/index/progress"), FORBIDDEN));
		rules.put("POST /console/disclosure/index", new Rule(editor, Reach.AREA, (f, u) -> post("/console/disclosure/index"), FORBIDDEN));
		rules.put("GET /console/disclosure/documents", new Rule(editor, Reach.AREA, (f, u) -> get("/console/disclosure/documents"), FORBIDDEN));
		rules.put("POST /console/disclosure/documents", new Rule(editor, Reach.AREA, (f, u) -> post("/console/disclosure/documents"), FORBIDDEN));
		rules.put("POST /console/disclosure/documents/{id}/abolish", new Rule(editor, Reach.OWN_AGENCY,
				(f, u) -> post("/console/disclosure/documents/{id}/abolish", f.documentId).param("on", f.today.toString()), FORBIDDEN));
		rules.put("POST /console/disclosure/documents/{id}/interpretations", new Rule(editor, Reach.OWN_AGENCY,
				(f, u) -> post("/console/disclosure/documents/{id}/interpretations", f.documentId).param("title", "矩阵测试解读")
						.param("form", "TEXT").param("publishedOn", f.today.toString()), FORBIDDEN));
		rules.put("GET /console/disclosure/register", new Rule(editor, Reach.AREA, (f, u) -> get("/console/disclosure/register"), FORBIDDEN));
		rules.put("POST /console/disclosure/register", new Rule(editor, Reach.AREA, (f, u) -> post("/console/disclosure/register"), FORBIDDEN));
		rules.put("POST /console/disclosure/register/{id}/void", new Rule(editor, Reach.OWN_AGENCY,
				(f, u) -> post("/console/disclosure/register/{id}/void", f.registerEntryId).param("reason", "矩阵测试"), FORBIDDEN));
		rules.put("POST /console/disclosure/hotspots", new Rule(editor, Reach.AREA, (f, u) -> post("/console/disclosure/hotspots"), FORBIDDEN));
		rules.put("POST /console/disclosure/hotspots/{id}/answers", new Rule(editor, Reach.OWN_AGENCY,
				(f, u) -> post("/console/disclosure/hotspots/{id}/answers", f.hotspotId).param("channel", HotspotChannel.values()[0].name())
						.param("respondedOn", f.today.toString()), FORBIDDEN));
		rules.put("GET /console/disclosure/columns", new Rule(editor, Reach.AREA, (f, u) -> get("/console/disclosure/columns"), FORBIDDEN));
		rules.put("POST /console/disclosure/columns", new Rule(editor, Reach.AREA, (f, u) -> post("/console/disclosure/columns"), FORBIDDEN));
		rules.put("POST /console/disclosure/columns/{code}", new Rule(editor, Reach.AREA,
				(f, u) -> post("/console/disclosure/columns/{code}", "catalogue").param("sortOrder", "not-a-number"), FORBIDDEN));

		// 政务舆情 (OpinionWorkflow): the disclosure editor, the reviewer and the signing leader read their own agency's
		// events; the editor enters events, answers them and configures the feeds; the reviewer assesses,
		// evaluates or files them — each on the event's own agency only.
		Set<Role> opinionReaders = EnumSet.copyOf(sunshine.opinion.OpinionWorkflow.READERS);
		Set<Role> opinionEditor = EnumSet.of(Role.DISCLOSURE_EDITOR);
		Set<Role> opinionReviewer = EnumSet.of(Role.REVIEWER);
		rules.put("GET /console/opinion", new Rule(opinionReaders, Reach.AREA, (f, u) -> get("/console/opinion"), FORBIDDEN));
		rules.put("POST /console/opinion", new Rule(opinionEditor, Reach.AREA, (f, u) -> post("/console/opinion"), FORBIDDEN));
		rules.put("GET /console/opinion/{id:\\d+}", new Rule(opinionReaders, Reach.OWN_AGENCY,
				(f, u) -> get("/console/opinion/{id}", f.opinionEventId), FORBIDDEN_OR_NOT_FOUND));
		rules.put("POST /console/opinion/{id:\\d+}/actions/{action}", new Rule(opinionReviewer, Reach.OWN_AGENCY,
				(f, u) -> post("/console/opinion/{id}/actions/ASSESS", f.opinionEventId).param("level", "GENERAL")
						.param("topic", "矩阵测试"), FORBIDDEN_OR_NOT_FOUND));
		rules.put("GET /console/opinion/feeds", new Rule(opinionReaders, Reach.AREA, (f, u) -> get("/console/opinion/feeds"), FORBIDDEN));
		rules.put("POST /console/opinion/feeds", new Rule(opinionEditor, Reach.AREA, (f, u) -> post("/console/opinion/feeds"), FORBIDDEN));
		rules.put("POST /console/opinion/feeds/{id:\\d+}/stop", new Rule(opinionEditor, Reach.OWN_AGENCY,
				(f, u) -> post("/console/opinion/feeds/{id}/stop", f.opinionFeedId), FORBIDDEN_OR_NOT_FOUND));
		rules.put("GET /api/v1/opinion/events", new Rule(opinionReaders, Reach.AREA, (f, u) -> get("/api/v1/opinion/events"), FORBIDDEN));
		rules.put("POST /api/v1/opinion/events", new Rule(opinionEditor, Reach.AREA, (f, u) -> json(post("/api/v1/opinion/events")),
				FORBIDDEN));
		rules.put("GET /api/v1/opinion/events/{id:\\d+}", new Rule(opinionReaders, Reach.OWN_AGENCY,
				(f, u) -> get("/api/v1/opinion/events/{id}", f.opinionEventId), FORBIDDEN_OR_NOT_FOUND));
		rules.put("POST /api/v1/opinion/events/{id:\\d+}/actions/{action}", new Rule(opinionReviewer, Reach.OWN_AGENCY,
				(f, u) -> post("/api/v1/opinion/events/{id}/actions/ASSESS", f.opinionEventId).contentType(MediaType.APPLICATION_JSON)
						.content("{\"level\":\"GENERAL\",\"topic\":\"矩阵测试\"}"), FORBIDDEN_OR_NOT_FOUND));

		// 信息公开年报: every business role reads the tables, reports and imports of its scope (the 三员
		// none); the report editor drafts, edits, submits and publishes; the signing leader of the
		// report's own agency signs or returns it; importers import and decide on findings.
		Set<Role> reportEditor = EnumSet.of(Role.REPORT_EDITOR);
		Set<Role> leader = EnumSet.of(Role.SIGNING_LEADER);
		rules.put("GET /console/reporting", new Rule(BUSINESS, Reach.AREA, (f, u) -> get("/console/reporting"), FORBIDDEN));
		rules.put("GET /console/reporting/{agencyCode}/{year}", new Rule(BUSINESS, Reach.SCOPE,
				(f, u) -> get("/console/reporting/{a}/{y}", f.city.getCode(), f.reportYear), FORBIDDEN));
		rules.put("GET /console/reporting/{agencyCode}/{year}/cells/{rowId}", new Rule(BUSINESS, Reach.SCOPE,
				(f, u) -> get("/console/reporting/{a}/{y}/cells/NEW", f.city.getCode(), f.reportYear), FORBIDDEN));
		rules.put("GET /console/reporting/{agencyCode}/{year}/agencies", new Rule(BUSINESS, Reach.SCOPE,
				(f, u) -> get("/console/reporting/{a}/{y}/agencies", f.city.getCode(), f.reportYear), FORBIDDEN));
		rules.put("GET /console/reporting/imports/{id}/comparison", new Rule(BUSINESS, Reach.SCOPE,
				(f, u) -> get("/console/reporting/imports/{id}/comparison", f.importId), FORBIDDEN));
		rules.put("GET /console/reporting/{agencyCode}/{year}/document", new Rule(BUSINESS, Reach.SCOPE,
				(f, u) -> get("/console/reporting/{a}/{y}/document", f.city.getCode(), f.reportYear), FORBIDDEN));
		rules.put("POST /console/reporting/{agencyCode}/{year}/document", new Rule(reportEditor, Reach.SCOPE,
				(f, u) -> post("/console/reporting/{a}/{y}/document", f.city.getCode(), f.reportYear), FORBIDDEN));
		rules.put("GET /console/reporting/documents/{id}", new Rule(BUSINESS, Reach.SCOPE,
				(f, u) -> get("/console/reporting/documents/{id}", f.reportId), FORBIDDEN));
		rules.put("GET /console/reporting/documents/{id}/report.pdf", new Rule(BUSINESS, Reach.SCOPE,
				(f, u) -> get("/console/reporting/documents/{id}/report.pdf", f.reportId), FORBIDDEN));
		rules.put("GET /console/reporting/documents/{id}/report.docx", new Rule(BUSINESS, Reach.SCOPE,
				(f, u) -> get("/console/reporting/documents/{id}/report.docx", f.reportId), FORBIDDEN));
		rules.put("GET /console/reporting/documents/{id}/table.xlsx", new Rule(BUSINESS, Reach.SCOPE,
				(f, u) -> get("/console/reporting/documents/{id}/table.xlsx", f.reportId), FORBIDDEN));
		rules.put("POST /console/reporting/documents/{id}/edit", new Rule(reportEditor, Reach.SCOPE,
				(f, u) -> post("/console/reporting/documents/{id}/edit", f.reportId), FORBIDDEN));
		rules.put("POST /console/reporting/documents/{id}/submit", new Rule(reportEditor, Reach.SCOPE,
				(f, u) -> post("/console/reporting/documents/{id}/submit", f.reportId), FORBIDDEN));
		rules.put("POST /console/reporting/documents/{id}/publish", new Rule(reportEditor, Reach.SCOPE,
				(f, u) -> post("/console/reporting/documents/{id}/publish", f.reportId), FORBIDDEN));
		rules.put("POST /console/reporting/documents/{id}/return", new Rule(leader, Reach.OWN_AGENCY,
				(f, u) -> post("/console/reporting/documents/{id}/return", f.reportId), FORBIDDEN));
		rules.put("POST /console/reporting/documents/{id}/sign", new Rule(leader, Reach.OWN_AGENCY,
				(f, u) -> post("/console/reporting/documents/{id}/sign", f.reportId), FORBIDDEN));
		rules.put("POST /console/reporting/documents/{id}/waive", new Rule(leader, Reach.OWN_AGENCY,
				(f, u) -> post("/console/reporting/documents/{id}/waive", f.reportId).param("item", "PART:PROBLEMS")
						.param("reason", "matrix"), FORBIDDEN));
		rules.put("GET /console/reports/import", new Rule(BUSINESS, Reach.AREA, (f, u) -> get("/console/reports/import"), FORBIDDEN));
		rules.put("POST /console/reports/import", new Rule(IMPORTERS, Reach.AREA,
				(f, u) -> post("/console/reports/import").param("text", f.reportText).param("name", "matrix.txt"), FORBIDDEN));
		rules.put("GET /console/reports/findings.xlsx", new Rule(BUSINESS, Reach.AREA, (f, u) -> get("/console/reports/findings.xlsx"), FORBIDDEN));
		rules.put("GET /console/reports/import/batches/{id}", new Rule(BUSINESS, Reach.SCOPE,
				(f, u) -> get("/console/reports/import/batches/{id}", f.batchId), FORBIDDEN));
		rules.put("GET /console/reports/import/batches/{id}/progress", new Rule(BUSINESS, Reach.SCOPE,
				(f, u) -> get("/console/reports/import/batches/{id}/progress", f.batchId), FORBIDDEN));
		rules.put("GET /console/reports/import/batches/{id}.xlsx", new Rule(BUSINESS, Reach.SCOPE,
				(f, u) -> get("/console/reports/import/batches/{id}.xlsx", f.batchId), FORBIDDEN));
		rules.put("GET /console/reports/imports/{id}", new Rule(BUSINESS, Reach.SCOPE,
				(f, u) -> get("/console/reports/imports/{id}", f.importId), FORBIDDEN));
		// confirming and reopening change the finding: each probe gets a finding of its own
		rules.put("POST /console/reports/imports/{id}/findings/{findingId}/confirm", new Rule(IMPORTERS, Reach.SCOPE,
				(f, u) -> {
					long[] fresh = f.freshFinding(false);
					return post("/console/reports/imports/{id}/findings/{finding}/confirm", fresh[0], fresh[1]);
				}, FORBIDDEN));
		rules.put("POST /console/reports/imports/{id}/findings/{findingId}/reopen", new Rule(IMPORTERS, Reach.SCOPE,
				(f, u) -> {
					long[] fresh = f.freshFinding(true);
					return post("/console/reports/imports/{id}/findings/{finding}/reopen", fresh[0], fresh[1]);
				}, FORBIDDEN));
		// without a reason: past the door it is the missing reason
		rules.put("POST /console/reports/imports/{id}/findings/{findingId}/dismiss", new Rule(IMPORTERS, Reach.SCOPE,
				(f, u) -> post("/console/reports/imports/{id}/findings/{finding}/dismiss", f.importId, f.findingId), FORBIDDEN));
		rules.put("POST /api/v1/reports/import", new Rule(IMPORTERS, Reach.AREA,
				(f, u) -> post("/api/v1/reports/import").contentType(MediaType.TEXT_PLAIN).content(f.reportText), FORBIDDEN));
		rules.put("GET /api/v1/reports/imports", new Rule(BUSINESS, Reach.AREA, (f, u) -> get("/api/v1/reports/imports"), FORBIDDEN));
		rules.put("GET /api/v1/reports/imports/{id}", new Rule(BUSINESS, Reach.SCOPE,
				(f, u) -> get("/api/v1/reports/imports/{id}", f.importId), FORBIDDEN));
		rules.put("GET /api/v1/reports/imports/{id}/comparison", new Rule(BUSINESS, Reach.SCOPE,
				(f, u) -> get("/api/v1/reports/imports/{id}/comparison", f.importId), FORBIDDEN));
		// the API answers a finding already decided with 409, one still open with 409 on reopen: one finding serves
		rules.put("POST /api/v1/reports/imports/{id}/findings/{findingId}/confirm", new Rule(IMPORTERS, Reach.SCOPE,
				(f, u) -> json(post("/api/v1/reports/imports/{id}/findings/{finding}/confirm", f.importId, f.apiFindingId)), FORBIDDEN));
		rules.put("POST /api/v1/reports/imports/{id}/findings/{findingId}/dismiss", new Rule(IMPORTERS, Reach.SCOPE,
				(f, u) -> json(post("/api/v1/reports/imports/{id}/findings/{finding}/dismiss", f.importId, f.findingId)), FORBIDDEN));
		rules.put("POST /api/v1/reports/imports/{id}/findings/{findingId}/reopen", new Rule(IMPORTERS, Reach.SCOPE,
				(f, u) -> json(post("/api/v1/reports/imports/{id}/findings/{finding}/reopen", f.importId, f.findingId)), FORBIDDEN));
		rules.put("GET /api/v1/reports/{agencyCode}/{year}/table", new Rule(BUSINESS, Reach.SCOPE,
				(f, u) -> get("/api/v1/reports/{a}/{y}/table", f.city.getCode(), f.reportYear), FORBIDDEN));
		rules.put("GET /api/v1/reports/{agencyCode}/{year}/table/cells/{rowId}", new Rule(BUSINESS, Reach.SCOPE,
				(f, u) -> get("/api/v1/reports/{a}/{y}/table/cells/NEW", f.city.getCode(), f.reportYear), FORBIDDEN));
		return rules;
	}

	/** The public surface, left to {@link AnonymousAccessIntegrationTests}. */
	static boolean isStaffEndpoint(String method, String pattern) {
		if (pattern.startsWith("/console")) {
			return true;
		}
		return pattern.startsWith("/api/v1/") && !pattern.startsWith("/api/v1/calendar/")
				&& !AnonymousAccessIntegrationTests.PUBLIC_PATHS.contains(method + " " + pattern);
	}

	@Test
	void everyStaffEndpointIsClassified() {
		Set<String> unclassified = new TreeSet<>(staffEndpoints());
		unclassified.removeAll(policy().keySet());
		assertThat(unclassified).as("staff endpoints missing from the policy table").isEmpty();
		Set<String> stale = new TreeSet<>(policy().keySet());
		stale.removeAll(staffEndpoints());
		assertThat(stale).as("policy rows without an endpoint").isEmpty();
	}

	@Test
	void eachRoleReachesExactlyWhatThePolicySaysFromEachAgency() throws Exception {
		fixture = new Fixture();
		Map<Role, Map<Place, StaffUser>> callers = fixture.callers;
		List<String> wrong = new ArrayList<>();
		int probes = 0;
		var policy = policy();
		for (String endpoint : new TreeSet<>(staffEndpoints())) {
			Rule rule = policy.get(endpoint);
			if (rule == null) {
				continue;
			}
			for (Role role : Role.values()) {
				for (Place place : Place.values()) {
					StaffUser caller = callers.get(role).get(place);
					boolean expected = allowed(rule, role, place);
					AbstractMockHttpServletRequestBuilder<?> request = rule.probe().apply(fixture, caller);
					request.with(user(caller)).locale(Locale.SIMPLIFIED_CHINESE);
					if (endpoint.startsWith("POST ")) {
						request.with(csrf());
					}
					probes++;
					MvcResult result;
					try {
						result = mvc.perform(request).andReturn();
					}
					catch (Exception e) {
						wrong.add(line(endpoint, role, place, "threw " + rootCause(e)));
						continue;
					}
					int status = status(result);
					boolean refused = rule.refusal().test(result, this);
					if (status >= 500) {
						wrong.add(line(endpoint, role, place, "answered " + status));
					}
					else if (expected && refused) {
						wrong.add(line(endpoint, role, place, "refused (" + status + ") but the policy lets it through"));
					}
					else if (!expected && !refused) {
						wrong.add(line(endpoint, role, place, "let through (" + status + ") but the policy refuses"));
					}
					String body;
					try {
						body = body(result);
					}
					catch (Exception e) {
						wrong.add(line(endpoint, role, place, "answered a body that cannot be read: " + rootCause(e)));
						continue;
					}
					if (!(expected && reachesTheCity(role, place))) {
						var secrets = REGION_WIDE_AUDIT_LOG.contains(endpoint) ? fixture.personalData : fixture.secrets;
						secrets.stream().filter(body::contains).forEach(secret -> wrong
								.add(line(endpoint, role, place, "shows \"" + secret + "\" of a record outside its reach")));
					}
					else if (ADDRESSED_BY_NAME.contains(endpoint)) {
						if (fixture.personalData.stream().noneMatch(body::contains)) {
							wrong.add(line(endpoint, role, place, "a letter that does not name its addressee"));
						}
					}
					else {
						// within reach, a citizen's name is still masked: in full only after an audited reveal,
						// which no probe makes
						fixture.personalData.stream().filter(body::contains).forEach(name -> wrong
								.add(line(endpoint, role, place, "shows \"" + name + "\" in full without a reveal")));
					}
				}
			}
		}
		awaitIndexRebuild();
		assertThat(probes).as("probes").isEqualTo(policy.size() * Role.values().length * Place.values().length);
		assertThat(wrong).as("answers against the policy").isEmpty();
	}

	// ------------------------------------------------------------------ the policy's reading

	static boolean allowed(Rule rule, Role role, Place place) {
		if (!rule.roles().contains(role)) {
			return false;
		}
		return switch (rule.reach()) {
			case AREA -> true;
			case SCOPE -> place == Place.OWN || place == Place.PARENT && role.seesSubordinates();
			case OWN_AGENCY -> place == Place.OWN;
		};
	}

	/**
	 * Whether a caller of this role and place could see the city's records where the endpoint lets
	 * them through; everyone else must not find them in the answer.
	 */
	static boolean reachesTheCity(Role role, Place place) {
		return place == Place.OWN || place == Place.PARENT && role.seesSubordinates();
	}

	Set<String> staffEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (var info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					if (isStaffEndpoint(method.name(), pattern)) {
						endpoints.add(method.name() + " " + pattern);
					}
				}
			}
		}
		return endpoints;
	}

	List<String> petitionRefusals() {
		return List.of(text("petitions.error.role"), text("petitions.error.notFound"));
	}

	String text(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

	static int status(MvcResult result) {
		return result.getResponse().getStatus();
	}

	/**
	 * The text of an answer, so that it can be searched for secrets: a PDF's or an Office file's text
	 * extracted (their bytes are compressed), anything else read as UTF-8. An answer that cannot be read
	 * fails the probe instead of passing as empty.
	 */
	static String body(MvcResult result) throws Exception {
		byte[] bytes = result.getResponse().getContentAsByteArray();
		if (startsWith(bytes, "%PDF-")) {
			try (var document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
				return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			}
		}
		if (startsWith(bytes, "PK")) {
			// an evidence package (证据包): its manifest — the files are the case's own letters, for its case staff
			try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
				for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
					if (entry.getName().equals("manifest.json")) {
						return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
					}
				}
			}
			try (var extractor = org.apache.poi.extractor.ExtractorFactory
					.createExtractor(new java.io.ByteArrayInputStream(bytes))) {
				return extractor.getText();
			}
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/** An error page or message, as UTF-8 text. */
	static String plain(MvcResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static boolean startsWith(byte[] bytes, String magic) {
		byte[] prefix = magic.getBytes(StandardCharsets.US_ASCII);
		return bytes.length >= prefix.length && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	static String line(String endpoint, Role role, Place place, String what) {
		return endpoint + " as " + role + " of the " + place.name().toLowerCase(Locale.ROOT) + " agency: " + what;
	}

	static String rootCause(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request) {
		return request.contentType(MediaType.APPLICATION_JSON).content("{}");
	}

	static MockHttpServletRequestBuilder itemForm(MockHttpServletRequestBuilder request, Fixture f) {
		return request.param("title", f.itemTitle).param("issuingBody", f.city.getName()).param("topic", Topic.values()[0].name())
				.param("genre", Genre.values()[0].name()).param("column", "catalogue").param("body", "矩阵测试正文");
	}

	static MockHttpServletRequestBuilder channel(MockHttpServletRequestBuilder request, Fixture f) {
		return request.param("channel", "WEBSITE").param("date", f.today.toString()).param("link", "https://example.gov.cn/m")
				.param("confirm", "yes");
	}

	/** The rebuild an editor started must be over before other tests search. */
	void awaitIndexRebuild() throws InterruptedException {
		for (int wait = 0; wait < 600 && searchIndex.progress().running(); wait++) {
			Thread.sleep(200);
		}
	}

	// ------------------------------------------------------------------ the records and the callers

	/** The city, its parent and a sibling; a caller of each role in each; the city's records. */
	class Fixture {

		final String token = UUID.randomUUID().toString().substring(0, 8);
		final LocalDate today = LocalDate.now(clock);
		final Agency region;
		final Agency city;
		final Agency sibling;
		final Map<Role, Map<Place, StaffUser>> callers = new EnumMap<>(Role.class);
		/** What identifies the city's records: codes, titles, and the people in them. */
		final List<String> secrets = new ArrayList<>();
		/** The people in the city's records. */
		final List<String> personalData = new ArrayList<>();
		final int reportYear = 2017;
		final String reportText;
		final String itemTitle;
		final long targetAccountId;
		final String requestCode;
		final long requestId;

		private String releaseId;

		/** A release of the request (区分处理), made once by the city's handler. */
		String releaseId() {
			if (releaseId == null) {
				releaseId = releases.release(callers.get(Role.HANDLER).get(Place.OWN), requestId,
						new sunshine.requests.RequestReleases.Draft("复查意见书", "甲乙丙丁戊己", List.of(
								new sunshine.requests.RequestReleases.Redaction("丙丁",
										sunshine.requests.RedactionKind.PERSONAL_PRIVACY)))).id();
			}
			return releaseId;
		}
		final long remedyId;
		final long petitionId;
		final String petitionCode;
		final long attachmentId;
		final long itemId;
		final long documentId;
		final long registerEntryId;
		final long hotspotId;
		final long opinionEventId;
		final long opinionFeedId;
		final long reportId;
		final long importId;
		final long findingId;
		final long apiFindingId;
		final long batchId;

		Fixture() throws Exception {
			region = agencies.byCode("640000-xfj").orElseThrow();
			List<Agency> cities = agencies.tree().stream().filter(a -> region.getId().equals(a.getParentId())).toList();
			assertThat(cities).as("city bureaus under the region").hasSizeGreaterThanOrEqualTo(2);
			city = cities.get(0);
			sibling = cities.get(1);
			Map<Place, Agency> places = Map.of(Place.OWN, city, Place.PARENT, region, Place.SIBLING, sibling);
			for (Role role : Role.values()) {
				var byPlace = new EnumMap<Place, StaffUser>(Place.class);
				for (Place place : Place.values()) {
					byPlace.put(place, account(role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
							+ place.name().toLowerCase(Locale.ROOT), places.get(place), role));
				}
				callers.put(role, byPlace);
			}
			targetAccountId = account("target", city, Role.HANDLER).accountId();
			StaffUser cityHandler = callers.get(Role.HANDLER).get(Place.OWN);
			StaffUser cityReporter = callers.get(Role.REPORT_EDITOR).get(Place.OWN);

			String applicant = "矩阵申请人" + token;
			var submitted = mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON).content("""
					{"agency":"%s","applicantType":"自然人","name":"%s","idNumber":"11010519491231002X",
					 "phone":"13800138000","address":"银川市金凤区","description":"矩阵测试所申请的政府信息%s"}
					""".formatted(city.getCode(), applicant, token))).andReturn().getResponse();
			assertThat(submitted.getStatus()).as(submitted.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
			requestCode = submitted.getContentAsString(StandardCharsets.UTF_8).replaceAll(".*\"trackingCode\":\"([^\"]+)\".*", "$1");
			requestId = jdbc.sql("select id from disclosure_request where tracking_code = :c").param("c", requestCode)
					.query(Long.class).single();
			remedyId = requests.fileRemedy(cityHandler, requestId, RemedyKind.RECONSIDERATION, today, "矩阵测试").getId();
			secrets.add(requestCode);
			secrets.add(applicant);
			personalData.add(applicant);

			String petitioner = "矩阵信访人" + token;
			String petitionTitle = "矩阵测试信访事项" + token;
			var receipt = petitions.submitOnline(new Submission(city.getCode(), "网上投诉", petitioner, "11010519491231002X",
					"13800138001", "银川市兴庆区", petitionTitle, petitionTitle + "：小区路灯损坏多日无人维修，请尽快处理。",
					"URBAN_HOUSING", null), List.of(new PetitionAttachment.Upload("matrix.txt", "text/plain",
							"矩阵".getBytes(StandardCharsets.UTF_8))));
			petitionId = jdbc.sql("select id from petition where tracking_code = :c").param("c", receipt.trackingCode())
					.query(Long.class).single();
			petitionCode = receipt.trackingCode();
			attachmentId = jdbc.sql("select id from petition_attachment where petition_id = :p").param("p", petitionId)
					.query(Long.class).single();
			secrets.add(receipt.trackingCode());
			secrets.add(petitionTitle);
			secrets.add(petitioner);
			personalData.add(petitioner);

			itemTitle = "矩阵测试政府信息" + token;
			itemId = disclosure.draft(city.getId(), new ItemContent(itemTitle, city.getName(), null, today, Topic.values()[0],
					Genre.values()[0], "catalogue", "矩阵测试正文")).getId();
			secrets.add(itemTitle);
			String documentTitle = "矩阵测试规范性文件" + token;
			documentId = disclosure.registerDocument(city.getId(), DocumentKind.NORMATIVE_DOCUMENT, documentTitle,
					"矩阵〔2024〕" + token.substring(0, 4) + "号", today, null).getId();
			secrets.add(documentTitle);
			String meeting = "矩阵测试工作会议" + token;
			registerEntryId = disclosure.record(city.getId(), new RegisterEntryDraft(RegisterKind.MEETING, today, null, meeting,
					1, 0, false, false, null)).getId();
			secrets.add(meeting);
			String hotspot = "矩阵测试热点" + token;
			hotspotId = disclosure.recordHotspot(city.getId(), hotspot, today,
					List.of(new Hotspot.Response(HotspotChannel.values()[0], today, null, null))).getId();
			secrets.add(hotspot);
			String opinionTitle = "矩阵测试舆情" + token;
			StaffUser cityEditor = callers.get(Role.DISCLOSURE_EDITOR).get(Place.OWN);
			opinionEventId = opinion.collect(cityEditor, new sunshine.opinion.OpinionWorkflow.Collect(opinionTitle, null, today,
					null)).getId();
			secrets.add(opinionTitle);
			String feedName = "矩阵测试订阅源" + token;
			opinionFeedId = opinion.addFeed(cityEditor, feedName, "http://127.0.0.1:9/matrix-" + token + ".xml").getId();
			secrets.add(feedName);

			reportId = annualReports.draft(city.getCode(), reportYear, cityReporter).report().getId();
			reportText = read("/reports/000-seed-nxxf-2017.txt").replace("自治区信访局", city.getName());
			ImportedReport imported = imports.importReport(reportText, "matrix-" + token + ".txt", cityReporter);
			importId = imported.getId();
			assertThat(imported.getFindings()).as("findings of the imported report").hasSizeGreaterThanOrEqualTo(2);
			findingId = imported.getFindings().get(0).getId();
			apiFindingId = imported.getFindings().get(1).getId();
			batchId = batches.start(sunshine.reporting.imports.ReportSources.read(List.of(), reportText, "matrix-batch"),
					cityReporter).getId();
		}

		private StaffUser account(String name, Agency agency, Role role) {
			String username = "mx-" + token + "-" + name;
			staff.createAccount(username, "矩阵" + name, agency, null, "Matrix-Pass-2017", Set.of(role));
			return (StaffUser) users.loadUserByUsername(username);
		}

		/** A new import of the city with one finding, decided already when {@code decided}: import id and finding id. */
		long[] freshFinding(boolean decided) {
			StaffUser reporter = callers.get(Role.REPORT_EDITOR).get(Place.OWN);
			ImportedReport report = imports.importReport(reportText, "matrix-fresh.txt", reporter);
			long finding = report.getFindings().get(0).getId();
			if (decided) {
				imports.confirm(report.getId(), finding, reporter);
			}
			return new long[] { report.getId(), finding };
		}
	}

	static String read(String resource) {
		try (var in = AuthorizationMatrixIntegrationTests.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
