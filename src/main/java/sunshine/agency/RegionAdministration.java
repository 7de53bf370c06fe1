package sunshine.agency;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sunshine.agency.internal.AgencyHistoryRepository;
import sunshine.agency.internal.AgencyRepository;
import sunshine.agency.internal.DepartmentRepository;
import sunshine.agency.internal.ResponsibleUnitRepository;
import sunshine.agency.internal.StaffAccountRepository;
import sunshine.shared.workflow.IllegalTransition;
import sunshine.shared.workflow.NotFound;
import sunshine.shared.workflow.NotPermitted;

/**
 * 机构调整: the system administrator (系统管理员, one of 三员分立) sets up, renames, moves, merges and
 * retires agencies, and sets up, renames and retires their departments (处室) and responsible units
 * (承办单位). Nothing is deleted and no record changes its agency: each change takes effect from a day,
 * the state before it is kept as {@link AgencyHistory}, and so a report of an earlier year still
 * follows the tree of its year ({@link AgencyLookup#treeOfYear}) while a later year follows the new one.
 * <p>
 * Who: an account holding {@link Role#SYSTEM_ADMIN}, on agencies of its data scope. A change of the
 * tree's shape — move, merge, retire — is made from above: only on agencies strictly below the
 * administrator's own, never on it or above it. Every change is published as an audited event.
 */
@Service
@Transactional
public class RegionAdministration {

	/** 新设机关. */
	public record NewAgency(
			@NotBlank(message = "{region.error.code}") @Pattern(regexp = "[0-9]{6}-[a-z][a-z0-9]{0,24}", message = "{region.error.code}") String code,
			@NotBlank(message = "{region.error.name}") @Size(max = 100, message = "{region.error.name}") String name,
			@NotBlank(message = "{region.error.shortName}") @Size(max = 50, message = "{region.error.shortName}") String shortName,
			@NotNull(message = "{region.error.parent}") Long parentId,
			@NotNull(message = "{region.error.effectiveOn}") LocalDate effectiveOn) {
	}

	/** 更名: the new name, from a day on. */
	public record Rename(
			@NotBlank(message = "{region.error.name}") @Size(max = 100, message = "{region.error.name}") String name,
			@NotBlank(message = "{region.error.shortName}") @Size(max = 50, message = "{region.error.shortName}") String shortName,
			@NotNull(message = "{region.error.effectiveOn}") LocalDate effectiveOn) {
	}

	/** 调整隶属关系: the new parent, from a day on. */
	public record Move(@NotNull(message = "{region.error.parent}") Long parentId,
			@NotNull(message = "{region.error.effectiveOn}") LocalDate effectiveOn, Boolean confirmed) {
	}

	/** 合并: the agency that takes the work over, from a day on. */
	public record Merge(@NotNull(message = "{region.error.into}") Long intoId,
			@NotNull(message = "{region.error.effectiveOn}") LocalDate effectiveOn, Boolean confirmed) {
	}

	/** 撤销: the first day the agency no longer works. */
	public record Retire(@NotNull(message = "{region.error.effectiveOn}") LocalDate effectiveOn, Boolean confirmed) {
	}

	/** The name of a department or responsible unit. */
	public record Named(@NotBlank(message = "{region.error.name}") @Size(max = 100, message = "{region.error.name}") String name) {
	}

	/** A department or unit retired: kept for what names it, offered for nothing new. */
	public record Confirm(Boolean confirmed) {
	}

	/** Input that cannot be taken: the field and the message key of the Chinese explanation (a 400). */
	public static class InvalidChange extends RuntimeException {

		private final String field;
		private final String messageKey;

		public InvalidChange(String field, String messageKey) {
			super(messageKey);
			this.field = field;
			this.messageKey = messageKey;
		}

		public String field() {
			return field;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	private final AgencyRepository agencies;
	private final AgencyHistoryRepository history;
	private final DepartmentRepository departments;
	private final ResponsibleUnitRepository units;
	private final StaffAccountRepository accounts;
	private final AgencyLookup lookup;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RegionAdministration(AgencyRepository agencies, AgencyHistoryRepository history, DepartmentRepository departments,
			ResponsibleUnitRepository units, StaffAccountRepository accounts, AgencyLookup lookup,
			ApplicationEventPublisher events, Clock clock) {
		this.agencies = agencies;
		this.history = history;
		this.departments = departments;
		this.units = units;
		this.accounts = accounts;
		this.lookup = lookup;
		this.events = events;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ agencies

	/** 新设: a new agency under a working parent of the administrator's scope, one level below it. */
	public Agency create(StaffUser actor, NewAgency form) {
		Agency parent = inScope(actor, form.parentId());
		requireWorking(parent);
		if (parent.getLevel() == AgencyLevel.COUNTY) {
			throw new InvalidChange("parentId", "region.error.countyHasNoChildren");
		}
		if (agencies.findByCode(form.code()).isPresent()) {
			throw new InvalidChange("code", "region.error.codeTaken");
		}
		requireNotFuture(form.effectiveOn());
		AgencyLevel level = AgencyLevel.values()[parent.getLevel().ordinal() + 1];
		int sortOrder = lookup.tree().stream().filter(a -> parent.getId().equals(a.getParentId()))
				.mapToInt(Agency::getSortOrder).max().orElse(parent.getSortOrder()) + 1;
		Agency agency = new Agency(form.code(), form.name().strip(), form.shortName().strip(), level,
				form.code().substring(0, 6), parent.getId(), sortOrder);
		agency.establishedOn(form.effectiveOn());
		agency = agencies.save(agency);
		events.publishEvent(new StaffEvents.AgencyCreated(agency.getCode(), agency.getName()));
		return agency;
	}

	/** 更名: the agency bears the new name from the day on; reports of earlier years keep the old one. */
	public Agency rename(StaffUser actor, long agencyId, Rename form) {
		Agency agency = inScope(actor, agencyId);
		requireWorking(agency);
		LocalDate on = changeDay(agency, form.effectiveOn());
		String oldName = agency.getName();
		history.save(new AgencyHistory(agency, on));
		agency.rename(form.name().strip(), form.shortName().strip());
		events.publishEvent(new RegionEvents.AgencyRenamed(agency.getCode(), oldName, agency.getName(), on));
		return agency;
	}

	/**
	 * 调整隶属关系: the agency stands under another parent from the day on. The new parent is working, one
	 * level above it, and not the agency itself or below it.
	 */
	public Agency move(StaffUser actor, long agencyId, Move form) {
		Agency agency = below(actor, agencyId);
		requireWorking(agency);
		Agency parent = inScope(actor, form.parentId());
		requireWorking(parent);
		if (parent.getLevel().ordinal() + 1 != agency.getLevel().ordinal()
				|| lookup.selfAndDescendants(agency.getId()).contains(parent.getId())) {
			throw new InvalidChange("parentId", "region.error.parentLevel");
		}
		if (parent.getId().equals(agency.getParentId())) {
			throw new InvalidChange("parentId", "region.error.sameParent");
		}
		LocalDate on = changeDay(agency, form.effectiveOn());
		requireConfirmed(form.confirmed());
		String oldParent = agency.getParentId() == null ? "" : agencies.findById(agency.getParentId()).map(Agency::getCode).orElse("");
		history.save(new AgencyHistory(agency, on));
		agency.moveUnder(parent.getId());
		events.publishEvent(new RegionEvents.AgencyMoved(agency.getCode(), oldParent, parent.getCode(), on));
		return agency;
	}

	/**
	 * 合并: from the day on the agency no longer works and {@code into} takes its work over — its working
	 * agencies below move under {@code into}, its staff accounts move to it. Its records keep their agency:
	 * the years before stay as they were reported, and a later year counts what is left of them (an
	 * application still open) under {@code into}.
	 */
	public Agency merge(StaffUser actor, long agencyId, Merge form) {
		Agency agency = below(actor, agencyId);
		requireWorking(agency);
		Agency into = inScope(actor, form.intoId());
		requireWorking(into);
		if (into.getId().equals(agency.getId()) || into.getLevel() != agency.getLevel()
				|| lookup.selfAndDescendants(agency.getId()).contains(into.getId())) {
			throw new InvalidChange("intoId", "region.error.intoLevel");
		}
		LocalDate on = changeDay(agency, form.effectiveOn());
		requireConfirmed(form.confirmed());
		List<Agency> children = workingChildren(agency);
		for (Agency child : children) {
			history.save(new AgencyHistory(child, changeDay(child, on)));
			child.moveUnder(into.getId());
			events.publishEvent(new RegionEvents.AgencyMoved(child.getCode(), agency.getCode(), into.getCode(), on));
		}
		List<StaffAccount> staff = accounts.findByAgencyIdInOrderByAgencyIdAscUsernameAsc(Set.of(agency.getId()));
		staff.forEach(account -> account.transferTo(into.getId()));
		agency.retire(on, into.getId());
		events.publishEvent(new RegionEvents.AgencyMerged(agency.getCode(), into.getCode(), on, staff.size(),
				children.size()));
		return agency;
	}

	/** 撤销: from the day on the agency no longer works. Agencies still working below it are moved or merged first. */
	public Agency retire(StaffUser actor, long agencyId, Retire form) {
		Agency agency = below(actor, agencyId);
		requireWorking(agency);
		if (!workingChildren(agency).isEmpty()) {
			throw new IllegalTransition("region.error.hasChildren", agency.getName());
		}
		LocalDate on = changeDay(agency, form.effectiveOn());
		requireConfirmed(form.confirmed());
		agency.retire(on, null);
		events.publishEvent(new RegionEvents.AgencyRetired(agency.getCode(), on));
		return agency;
	}

	// ------------------------------------------------------------------ departments and units

	public Department createDepartment(StaffUser actor, long agencyId, Named form) {
		Agency agency = inScope(actor, agencyId);
		requireWorking(agency);
		String name = form.name().strip();
		List<Department> existing = departments.findByAgencyIdOrderBySortOrder(agency.getId());
		if (existing.stream().anyMatch(d -> d.getName().equals(name))) {
			throw new InvalidChange("name", "region.error.nameTaken");
		}
		Department department = departments.save(new Department(agency.getId(), name,
				existing.stream().mapToInt(Department::getSortOrder).max().orElse(0) + 1));
		events.publishEvent(new RegionEvents.DepartmentCreated(agency.getCode(), department.getId(), name));
		return department;
	}

	public Department renameDepartment(StaffUser actor, long departmentId, Named form) {
		Department department = departments.findById(departmentId).orElseThrow(() -> new NotFound("region.error.notFound"));
		Agency agency = inScope(actor, department.getAgencyId());
		String name = form.name().strip();
		if (departments.findByAgencyIdOrderBySortOrder(agency.getId()).stream()
				.anyMatch(d -> d.getName().equals(name) && !d.getId().equals(departmentId))) {
			throw new InvalidChange("name", "region.error.nameTaken");
		}
		String old = department.getName();
		department.rename(name);
		events.publishEvent(new RegionEvents.DepartmentRenamed(agency.getCode(), departmentId, old, name));
		return department;
	}

	public Department retireDepartment(StaffUser actor, long departmentId, Confirm form) {
		Department department = departments.findById(departmentId).orElseThrow(() -> new NotFound("region.error.notFound"));
		Agency agency = inScope(actor, department.getAgencyId());
		if (!department.isActive()) {
			throw new IllegalTransition("region.error.retired", department.getName());
		}
		requireConfirmed(form.confirmed());
		department.retire();
		events.publishEvent(new RegionEvents.DepartmentRetired(agency.getCode(), departmentId, department.getName()));
		return department;
	}

	public ResponsibleUnit createUnit(StaffUser actor, long agencyId, Named form) {
		Agency agency = inScope(actor, agencyId);
		requireWorking(agency);
		String name = form.name().strip();
		List<ResponsibleUnit> existing = units.findByAgencyIdOrderBySortOrder(agency.getId());
		if (existing.stream().anyMatch(u -> u.getName().equals(name))) {
			throw new InvalidChange("name", "region.error.nameTaken");
		}
		ResponsibleUnit unit = units.save(new ResponsibleUnit(agency.getId(), name,
				existing.stream().mapToInt(ResponsibleUnit::getSortOrder).max().orElse(0) + 1));
		events.publishEvent(new RegionEvents.UnitCreated(agency.getCode(), unit.getId(), name));
		return unit;
	}

	public ResponsibleUnit renameUnit(StaffUser actor, long unitId, Named form) {
		ResponsibleUnit unit = units.findById(unitId).orElseThrow(() -> new NotFound("region.error.notFound"));
		Agency agency = inScope(actor, unit.getAgencyId());
		String name = form.name().strip();
		if (units.findByAgencyIdOrderBySortOrder(agency.getId()).stream()
				.anyMatch(u -> u.getName().equals(name) && !u.getId().equals(unitId))) {
			throw new InvalidChange("name", "region.error.nameTaken");
		}
		String old = unit.getName();
		unit.rename(name);
		events.publishEvent(new RegionEvents.UnitRenamed(agency.getCode(), unitId, old, name));
		return unit;
	}

	public ResponsibleUnit retireUnit(StaffUser actor, long unitId, Confirm form) {
		ResponsibleUnit unit = units.findById(unitId).orElseThrow(() -> new NotFound("region.error.notFound"));
		Agency agency = inScope(actor, unit.getAgencyId());
		if (!unit.isActive()) {
			throw new IllegalTransition("region.error.retired", unit.getName());
		}
		requireConfirmed(form.confirmed());
		unit.retire();
		events.publishEvent(new RegionEvents.UnitRetired(agency.getCode(), unitId, unit.getName()));
		return unit;
	}

	// ------------------------------------------------------------------ rules

	/** An agency of the administrator's scope; 403 for a non-administrator, 404 for one they cannot see. */
	private Agency inScope(StaffUser actor, long agencyId) {
		if (!actor.has(Role.SYSTEM_ADMIN)) {
			throw new NotPermitted("region.error.notPermitted");
		}
		if (!lookup.scopeOf(actor, Role.SYSTEM_ADMIN).includes(agencyId)) {
			throw new NotPermitted("region.error.outOfScope");
		}
		return agencies.findById(agencyId).orElseThrow(() -> new NotFound("region.error.notFound"));
	}

	/** An agency strictly below the administrator's own: the tree's shape is changed from above. */
	private Agency below(StaffUser actor, long agencyId) {
		Agency agency = inScope(actor, agencyId);
		if (agency.getId() == actor.agencyId()) {
			throw new NotPermitted("region.error.ownAgency");
		}
		return agency;
	}

	private static void requireWorking(Agency agency) {
		if (!agency.isWorking()) {
			throw new IllegalTransition("region.error.retired", agency.getName());
		}
	}

	private static void requireConfirmed(Boolean confirmed) {
		if (!Boolean.TRUE.equals(confirmed)) {
			throw new InvalidChange("confirmed", "region.error.confirm");
		}
	}

	private void requireNotFuture(LocalDate on) {
		if (on.isAfter(LocalDate.now(clock.withZone(sunshine.shared.Times.ZONE)))) {
			throw new InvalidChange("effectiveOn", "region.error.future");
		}
	}

	/**
	 * The day a change takes effect: not after today (a change is recorded when it has been decided and
	 * holds), and not before the agency was set up or last changed — history is appended, never rewritten.
	 */
	private LocalDate changeDay(Agency agency, LocalDate on) {
		requireNotFuture(on);
		if (agency.getEstablishedOn() != null && !on.isAfter(agency.getEstablishedOn())) {
			throw new InvalidChange("effectiveOn", "region.error.beforeLastChange");
		}
		List<AgencyHistory> changes = history.findByAgencyIdOrderByValidUntilAscIdAsc(agency.getId());
		if (!changes.isEmpty() && on.isBefore(changes.get(changes.size() - 1).getValidUntil())) {
			throw new InvalidChange("effectiveOn", "region.error.beforeLastChange");
		}
		return on;
	}

	private List<Agency> workingChildren(Agency agency) {
		return agencies.findAll().stream().filter(a -> agency.getId().equals(a.getParentId()) && a.isWorking()).toList();
	}
}
