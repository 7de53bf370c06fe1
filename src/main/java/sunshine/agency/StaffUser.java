package sunshine.agency;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in staff member as the rest of Sunshine sees them. */
public record StaffUser(long accountId, String username, String displayName, long agencyId, String agencyCode,
		String agencyName, Set<Role> roles, String passwordHash, boolean enabled, boolean locked)
		implements UserDetails {

	public StaffUser {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/**
	 * Whether this user may reveal the full personal data on a record of the given agency: a role that
	 * works cases ({@link Role#readsPersonalData()}) and the record's own agency — never a parent
	 * agency looking down, never a sibling.
	 */
	public boolean mayRevealPersonalDataOf(long recordAgencyId) {
		return recordAgencyId == agencyId && roles.stream().anyMatch(Role::readsPersonalData);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public String toString() {
		return "StaffUser[" + username + "@" + agencyCode + " " + roles + "]";
	}
}
