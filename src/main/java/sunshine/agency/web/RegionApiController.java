package sunshine.agency.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sunshine.agency.Agency;
import sunshine.agency.AgencyLookup;
import sunshine.agency.Department;
import sunshine.agency.RegionAdministration;
import sunshine.agency.ResponsibleUnit;
import sunshine.agency.Role;
import sunshine.agency.StaffUser;
import sunshine.shared.web.ActionForms;
import sunshine.shared.web.Problems;
import sunshine.shared.workflow.NotPermitted;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/agencies}: 机构调整 for the system administrator — the tree of today or of a report year,
 * and the changes of {@link RegionAdministration}, each a JSON form record in and the changed agency,
 * department or unit out. Bad input is a 400 naming each field in Chinese; a caller without the role or
 * outside their scope 403; an unknown id 404; a retired agency or one with working agencies below 409.
 */
@RestController
class RegionApiController {

	/** An agency as the tree shows it: today's, or a report year's. */
	record AgencyView(long id, String code, String name, String shortName, String level, String parentCode,
			boolean working, LocalDate establishedOn, LocalDate retiredOn, String mergedIntoCode) {
	}

	record DepartmentView(long id, String agencyCode, String name, boolean active) {
	}

	private final RegionAdministration region;
	private final AgencyLookup agencies;
	private final ActionForms forms;
	private final MessageSource messages;

	RegionApiController(RegionAdministration region, AgencyLookup agencies, ActionForms forms, MessageSource messages) {
		this.region = region;
		this.agencies = agencies;
		this.forms = forms;
		this.messages = messages;
	}

	/** The agencies of the administrator's scope, retired ones too; with {@code year}, as they stood in that report year. */
	@GetMapping("/api/v1/agencies")
	List<AgencyView> tree(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer year) {
		requireAdmin(user);
		var scope = agencies.scopeOf(user, Role.SYSTEM_ADMIN);
		List<Agency> all = agencies.fullTree();
		Map<Long, String> codes = all.stream().collect(java.util.stream.Collectors.toMap(Agency::getId, Agency::getCode));
		if (year == null) {
			return all.stream().filter(a -> scope.includes(a.getId())).map(a -> view(a, codes)).toList();
		}
		if (year < 1900 || year > 2099) {
			throw new RegionAdministration.InvalidChange("year", "shared.form.invalid");
		}
		Map<Long, Agency> byId = all.stream().collect(java.util.stream.Collectors.toMap(Agency::getId, a -> a));
		return agencies.treeOfYear(year).values().stream().filter(a -> scope.includes(a.id()))
				.map(a -> new AgencyView(a.id(), a.code(), a.name(), a.shortName(), a.level().name(),
						a.parentId() == null ? null : codes.get(a.parentId()), a.working(),
						byId.get(a.id()).getEstablishedOn(), byId.get(a.id()).getRetiredOn(),
						codes.get(byId.get(a.id()).getMergedIntoId())))
				.toList();
	}

	@PostMapping("/api/v1/agencies")
	ResponseEntity<AgencyView> create(@AuthenticationPrincipal StaffUser user, @RequestBody(required = false) JsonNode body,
			Locale locale) {
		requireAdmin(user);
		var form = ActionForms.require(forms.fromJson(RegionAdministration.NewAgency.class, body, locale));
		return ResponseEntity.status(HttpStatus.CREATED).body(view(region.create(user, form)));
	}

	@PostMapping("/api/v1/agencies/{id:\\d+}/rename")
	AgencyView rename(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@RequestBody(required = false) JsonNode body, Locale locale) {
		requireAdmin(user);
		return view(region.rename(user, id, ActionForms.require(forms.fromJson(RegionAdministration.Rename.class, body, locale))));
	}

	@PostMapping("/api/v1/agencies/{id:\\d+}/move")
	AgencyView move(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@RequestBody(required = false) JsonNode body, Locale locale) {
		requireAdmin(user);
		return view(region.move(user, id, ActionForms.require(forms.fromJson(RegionAdministration.Move.class, body, locale))));
	}

	@PostMapping("/api/v1/agencies/{id:\\d+}/merge")
	AgencyView merge(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@RequestBody(required = false) JsonNode body, Locale locale) {
		requireAdmin(user);
		return view(region.merge(user, id, ActionForms.require(forms.fromJson(RegionAdministration.Merge.class, body, locale))));
	}

	@PostMapping("/api/v1/agencies/{id:\\d+}/retire")
	AgencyView retire(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@RequestBody(required = false) JsonNode body, Locale locale) {
		requireAdmin(user);
		return view(region.retire(user, id, ActionForms.require(forms.fromJson(RegionAdministration.Retire.class, body, locale))));
	}

	@PostMapping("/api/v1/agencies/{id:\\d+}/departments")
	ResponseEntity<DepartmentView> createDepartment(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@RequestBody(required = false) JsonNode body, Locale locale) {
		requireAdmin(user);
		Department d = region.createDepartment(user, id,
				ActionForms.require(forms.fromJson(RegionAdministration.Named.class, body, locale)));
		return ResponseEntity.status(HttpStatus.CREATED).body(view(d));
	}

	@PostMapping("/api/v1/agencies/departments/{id:\\d+}/{change:rename|retire}")
	DepartmentView changeDepartment(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@PathVariable String change, @RequestBody(required = false) JsonNode body, Locale locale) {
		requireAdmin(user);
		return view("rename".equals(change)
				? region.renameDepartment(user, id, ActionForms.require(forms.fromJson(RegionAdministration.Named.class, body, locale)))
				: region.retireDepartment(user, id, ActionForms.require(forms.fromJson(RegionAdministration.Confirm.class, body, locale))));
	}

	@PostMapping("/api/v1/agencies/{id:\\d+}/units")
	ResponseEntity<DepartmentView> createUnit(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@RequestBody(required = false) JsonNode body, Locale locale) {
		requireAdmin(user);
		ResponsibleUnit u = region.createUnit(user, id,
				ActionForms.require(forms.fromJson(RegionAdministration.Named.class, body, locale)));
		return ResponseEntity.status(HttpStatus.CREATED).body(view(u));
	}

	@PostMapping("/api/v1/agencies/units/{id:\\d+}/{change:rename|retire}")
	DepartmentView changeUnit(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @PathVariable String change,
			@RequestBody(required = false) JsonNode body, Locale locale) {
		requireAdmin(user);
		return view("rename".equals(change)
				? region.renameUnit(user, id, ActionForms.require(forms.fromJson(RegionAdministration.Named.class, body, locale)))
				: region.retireUnit(user, id, ActionForms.require(forms.fromJson(RegionAdministration.Confirm.class, body, locale))));
	}

	/** A change that cannot be taken: 400 naming the field, in the caller's language. */
	@ExceptionHandler(RegionAdministration.InvalidChange.class)
	ResponseEntity<ProblemDetail> invalid(RegionAdministration.InvalidChange e, Locale locale) {
		return Problems.badRequest(Map.of(e.field(), messages.getMessage(e.messageKey(), null, e.messageKey(), locale)));
	}

	private static void requireAdmin(StaffUser user) {
		if (user == null || !user.has(Role.SYSTEM_ADMIN)) {
			throw new NotPermitted("region.error.notPermitted");
		}
	}

	private AgencyView view(Agency a) {
		Map<Long, String> codes = agencies.fullTree().stream()
				.collect(java.util.stream.Collectors.toMap(Agency::getId, Agency::getCode));
		return view(a, codes);
	}

	private static AgencyView view(Agency a, Map<Long, String> codes) {
		return new AgencyView(a.getId(), a.getCode(), a.getName(), a.getShortName(), a.getLevel().name(),
				a.getParentId() == null ? null : codes.get(a.getParentId()), a.isWorking(), a.getEstablishedOn(),
				a.getRetiredOn(), a.getMergedIntoId() == null ? null : codes.get(a.getMergedIntoId()));
	}

	private DepartmentView view(Department d) {
		return new DepartmentView(d.getId(), agencies.byId(d.getAgencyId()).map(Agency::getCode).orElse(""), d.getName(),
				d.isActive());
	}

	private DepartmentView view(ResponsibleUnit u) {
		return new DepartmentView(u.getId(), agencies.byId(u.getAgencyId()).map(Agency::getCode).orElse(""), u.getName(),
				u.isActive());
	}
}
