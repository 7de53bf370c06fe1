package sunshine.agency;

import java.util.Set;

/** A role would join a separated administrator's role to another (三员分立). */
public class SeparationOfDutiesException extends RuntimeException {

	private final Role role;

	public SeparationOfDutiesException(String username, Role role, Set<Role> held) {
		super("Separation of duties: " + username + " holds " + held + " and cannot also be " + role);
		this.role = role;
	}

	public Role role() {
		return role;
	}
}
