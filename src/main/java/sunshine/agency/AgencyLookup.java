package sunshine.agency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sunshine.agency.internal.AgencyHistoryRepository;
import sunshine.agency.internal.AgencyRepository;
import sunshine.agency.internal.DepartmentRepository;
import sunshine.agency.internal.ResponsibleUnitRepository;

/** Reads the agency tree and decides data scopes. */
@Service
@Transactional(readOnly = true)
public class AgencyLookup {

	private final AgencyRepository agencies;
	private final DepartmentRepository departments;
	private final ResponsibleUnitRepository units;
	private final AgencyHistoryRepository history;

	AgencyLookup(AgencyRepository agencies, DepartmentRepository departments, ResponsibleUnitRepository units,
			AgencyHistoryRepository history) {
		this.agencies = agencies;
		this.departments = departments;
		this.units = units;
		this.history = history;
	}

	/**
	 * An agency as it stood on a day or in a report year: its name and short name then, and the parent it
	 * stood under then.
	 */
	public record AgencyAsOf(long id, String code, String name, String shortName, AgencyLevel level, Long parentId,
			boolean working) {
	}

	/** A working agency of the code: the one a new case, account or child may be given to. */
	public Optional<Agency> workingByCode(String code) {
		return agencies.findByCode(code).filter(Agency::isWorking);
	}

	public Optional<Agency> byCode(String code) {
		return agencies.findByCode(code);
	}

	public Optional<Agency> byId(long id) {
		return agencies.findById(id);
	}

	/**
	 * Every working agency, parents before children, siblings in their order: what pick-lists offer. A
	 * retired agency (撤销, 合并) is left out; its records stay readable through {@link #selfAndDescendants}
	 * and {@link #fullTree()}.
	 */
	public List<Agency> tree() {
		List<Agency> all = agencies.findAllByOrderBySortOrderAscIdAsc().stream().filter(Agency::isWorking).toList();
		var ordered = new ArrayList<Agency>();
		all.stream().filter(a -> a.getParentId() == null).forEach(root -> addWithChildren(root, all, ordered));
		return ordered;
	}

	/** Every agency, retired ones too, parents before children: the administrator's tree and old reports. */
	public List<Agency> fullTree() {
		List<Agency> all = agencies.findAllByOrderBySortOrderAscIdAsc();
		var ordered = new ArrayList<Agency>();
		all.stream().filter(a -> a.getParentId() == null).forEach(root -> addWithChildren(root, all, ordered));
		return ordered;
	}

	/** The changes each agency went through, oldest first, by agency id. */
	private Map<Long, List<AgencyHistory>> histories() {
		Map<Long, List<AgencyHistory>> byAgency = new HashMap<>();
		for (AgencyHistory entry : history.findAllByOrderByAgencyIdAscValidUntilAscIdAsc()) {
			byAgency.computeIfAbsent(entry.getAgencyId(), id -> new ArrayList<>()).add(entry);
		}
		return byAgency;
	}

	/** The agency's state on {@code day}: the first entry kept after that day, or the agency as it is now. */
	private static AgencyAsOf stateOn(Agency agency, List<AgencyHistory> changes, LocalDate day) {
		for (AgencyHistory entry : changes) {
			if (entry.getValidUntil().isAfter(day)) {
				return new AgencyAsOf(agency.getId(), agency.getCode(), entry.getName(), entry.getShortName(),
						agency.getLevel(), entry.getParentId(), agency.existsOn(day));
			}
		}
		return new AgencyAsOf(agency.getId(), agency.getCode(), agency.getName(), agency.getShortName(),
				agency.getLevel(), agency.getParentId(), agency.existsOn(day));
	}

	/** The history of one agency, oldest change first. */
	public List<AgencyHistory> historyOf(long agencyId) {
		return history.findByAgencyIdOrderByValidUntilAscIdAsc(agencyId);
	}

	/** The agencies that existed on {@code day}, as they stood that day, by id. */
	public Map<Long, AgencyAsOf> treeOn(LocalDate day) {
		Map<Long, List<AgencyHistory>> changes = histories();
		Map<Long, AgencyAsOf> tree = new LinkedHashMap<>();
		for (Agency agency : fullTree()) {
			if (agency.existsOn(day)) {
				tree.put(agency.getId(), stateOn(agency, changes.getOrDefault(agency.getId(), List.of()), day));
			}
		}
		return tree;
	}

	/**
	 * The tree of a report year (年度报告所依的机构设置): every agency set up by the year's end, as it stood
	 * on the year's last day — or, for one retired within the year, on its own last day, so its records of
	 * that year count where it then stood. An agency merged before the year began stands under the agency
	 * that took its work over: what of its cases still counts in the year (an application still open) is
	 * that agency's now. No agency stands twice, so a roll-up counts each record once.
	 */
	public Map<Long, AgencyAsOf> treeOfYear(int year) {
		LocalDate start = LocalDate.of(year, 1, 1);
		LocalDate end = LocalDate.of(year, 12, 31);
		Map<Long, List<AgencyHistory>> changes = histories();
		Map<Long, AgencyAsOf> tree = new LinkedHashMap<>();
		for (Agency agency : fullTree()) {
			if (agency.getEstablishedOn() != null && agency.getEstablishedOn().isAfter(end)) {
				continue;
			}
			List<AgencyHistory> own = changes.getOrDefault(agency.getId(), List.of());
			LocalDate retired = agency.getRetiredOn();
			if (retired != null && !retired.isAfter(start)) {
				AgencyAsOf last = stateOn(agency, own, retired.minusDays(1));
				Long parent = agency.getMergedIntoId() != null ? agency.getMergedIntoId() : last.parentId();
				tree.put(agency.getId(), new AgencyAsOf(agency.getId(), agency.getCode(), last.name(), last.shortName(),
						agency.getLevel(), parent, false));
			}
			else {
				LocalDate day = retired != null && !retired.isAfter(end) ? retired.minusDays(1) : end;
				tree.put(agency.getId(), stateOn(agency, own, day));
			}
		}
		return tree;
	}

	/** The agency and every agency below it in the tree of the report year (see {@link #treeOfYear}). */
	public Set<Long> selfAndDescendantsInYear(long agencyId, int year) {
		Map<Long, List<Long>> children = new HashMap<>();
		for (AgencyAsOf agency : treeOfYear(year).values()) {
			if (agency.parentId() != null) {
				children.computeIfAbsent(agency.parentId(), id -> new ArrayList<>()).add(agency.id());
			}
		}
		Set<Long> result = new HashSet<>();
		var pending = new ArrayList<Long>(List.of(agencyId));
		while (!pending.isEmpty()) {
			long next = pending.remove(pending.size() - 1);
			if (result.add(next)) {
				pending.addAll(children.getOrDefault(next, List.of()));
			}
		}
		return result;
	}

	/** The agency's name in a report year (the name it bore at the year's end, or on its last day). */
	public Optional<String> nameInYear(long agencyId, int year) {
		return Optional.ofNullable(treeOfYear(year).get(agencyId)).map(AgencyAsOf::name);
	}

	private static void addWithChildren(Agency agency, List<Agency> all, List<Agency> into) {
		into.add(agency);
		all.stream().filter(a -> agency.getId().equals(a.getParentId())).forEach(child -> addWithChildren(child, all, into));
	}

	/** The agency and every agency below it, at any depth. */
	public Set<Long> selfAndDescendants(long agencyId) {
		List<Agency> all = agencies.findAll();
		Set<Long> result = new HashSet<>();
		result.add(agencyId);
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Agency agency : all) {
				if (agency.getParentId() != null && result.contains(agency.getParentId()) && result.add(agency.getId())) {
					grew = true;
				}
			}
		}
		return result;
	}

	/** The widest scope any of the user's roles gives. */
	public OrgScope scopeOf(StaffUser user) {
		boolean wide = user.roles().stream().anyMatch(Role::seesSubordinates);
		return wide ? new OrgScope(user.agencyId(), selfAndDescendants(user.agencyId()))
				: OrgScope.ownAgencyOnly(user.agencyId());
	}

	/** The scope the user has when acting in {@code role}; only the own agency when they lack the role. */
	public OrgScope scopeOf(StaffUser user, Role role) {
		return user.has(role) && role.seesSubordinates()
				? new OrgScope(user.agencyId(), selfAndDescendants(user.agencyId()))
				: OrgScope.ownAgencyOnly(user.agencyId());
	}

	public List<Department> departmentsOf(long agencyId) {
		return departments.findByAgencyIdOrderBySortOrder(agencyId);
	}

	public List<ResponsibleUnit> unitsOf(long agencyId) {
		return units.findByAgencyIdOrderBySortOrder(agencyId);
	}
}
