package sunshine.agency;

import java.util.Set;

/**
 * The agencies whose records a user may see (数据范围): their own, and — where a role allows — the
 * agencies below it; never a sibling's or a superior's. Queries take {@link #agencyIds()} as a
 * bind parameter ({@code agency_id in (:scope)}); nothing is spliced into SQL text.
 */
public record OrgScope(long ownAgencyId, Set<Long> agencyIds) {

	public OrgScope {
		agencyIds = Set.copyOf(agencyIds);
		if (!agencyIds.contains(ownAgencyId)) {
			throw new IllegalArgumentException("A scope always contains the user's own agency");
		}
	}

	public static OrgScope ownAgencyOnly(long agencyId) {
		return new OrgScope(agencyId, Set.of(agencyId));
	}

	public boolean includes(long agencyId) {
		return agencyIds.contains(agencyId);
	}

	public boolean reachesSubordinates() {
		return agencyIds.size() > 1;
	}
}
