package sunshine.agency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	AgencyLookup(AgencyRepository agencies, DepartmentRepository departments, ResponsibleUnitRepository units) {
		this.agencies = agencies;
		this.departments = departments;
		this.units = units;
	}

	public Optional<Agency> byCode(String code) {
		return agencies.findByCode(code);
	}

	public Optional<Agency> byId(long id) {
		return agencies.findById(id);
	}

	/** Every agency, parents before children, siblings in their order. */
	public List<Agency> tree() {
		List<Agency> all = agencies.findAllByOrderBySortOrderAscIdAsc();
		var ordered = new ArrayList<Agency>();
		all.stream().filter(a -> a.getParentId() == null).forEach(root -> addWithChildren(root, all, ordered));
		return ordered;
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
