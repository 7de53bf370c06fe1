package sunshine.agency;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sunshine.agency.internal.AgencyRepository;
import sunshine.agency.internal.DepartmentRepository;
import sunshine.agency.internal.ResponsibleUnitRepository;
import sunshine.agency.internal.StaffAccountRepository;

/**
 * Creates agencies and accounts, grants and revokes roles, keeps the login state. Each change is
 * published as an event and so lands in the audit log.
 */
@Service
@Transactional
public class StaffManagement {

	private final AgencyRepository agencies;
	private final DepartmentRepository departments;
	private final ResponsibleUnitRepository units;
	private final StaffAccountRepository accounts;
	private final AgencyLookup lookup;
	private final PasswordEncoder passwords;
	private final LockoutPolicy lockout;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	StaffManagement(AgencyRepository agencies, DepartmentRepository departments, ResponsibleUnitRepository units,
			StaffAccountRepository accounts, AgencyLookup lookup, PasswordEncoder passwords, LockoutPolicy lockout,
			ApplicationEventPublisher events, Clock clock) {
		this.agencies = agencies;
		this.departments = departments;
		this.units = units;
		this.accounts = accounts;
		this.lookup = lookup;
		this.passwords = passwords;
		this.lockout = lockout;
		this.events = events;
		this.clock = clock;
	}

	public Agency createAgency(String code, String name, String shortName, AgencyLevel level, String divisionCode,
			Agency parent, int sortOrder) {
		Agency agency = agencies.save(new Agency(code, name, shortName, level, divisionCode,
				parent == null ? null : parent.getId(), sortOrder));
		events.publishEvent(new StaffEvents.AgencyCreated(code, name));
		return agency;
	}

	public Department createDepartment(Agency agency, String name, int sortOrder) {
		return departments.save(new Department(agency.getId(), name, sortOrder));
	}

	public ResponsibleUnit createResponsibleUnit(Agency agency, String name, int sortOrder) {
		return units.save(new ResponsibleUnit(agency.getId(), name, sortOrder));
	}

	/**
	 * Opens an account with an initial password that must satisfy {@link PasswordPolicy}.
	 *
	 * @throws IllegalArgumentException naming the message key of the first rule broken
	 */
	public StaffAccount createAccount(String username, String displayName, Agency agency, Department department,
			String password, Set<Role> roles) {
		List<String> violations = PasswordPolicy.violations(password, username);
		if (!violations.isEmpty()) {
			throw new IllegalArgumentException(violations.get(0));
		}
		if (accounts.findByUsername(username).isPresent()) {
			throw new IllegalArgumentException("staff.usernameTaken");
		}
		var account = new StaffAccount(username, displayName, agency.getId(),
				department == null ? null : department.getId(), passwords.encode(password), Instant.now(clock));
		roles.forEach(account::grant);
		account = accounts.save(account);
		events.publishEvent(new StaffEvents.AccountCreated(username, agency.getCode()));
		roles.forEach(role -> events.publishEvent(new StaffEvents.RoleGranted(username, role)));
		return account;
	}

	/**
	 * A system administrator (系统管理员) opens an account, without roles, in an agency of their
	 * scope; the security administrator then grants its roles (三员分立).
	 *
	 * @throws AccessDeniedException when the actor is not a system administrator or the agency lies
	 *         outside their scope
	 * @throws IllegalArgumentException naming the message key of the first rule broken
	 */
	public StaffAccount openAccount(StaffUser actor, String username, String displayName, long agencyId,
			String initialPassword) {
		if (!actor.has(Role.SYSTEM_ADMIN) || !lookup.scopeOf(actor, Role.SYSTEM_ADMIN).includes(agencyId)) {
			throw new AccessDeniedException("Only a system administrator opens accounts, in their own agencies");
		}
		if (username == null || !username.matches("[a-z][a-z0-9._-]{2,63}")) {
			throw new IllegalArgumentException("staff.usernameFormat");
		}
		if (displayName == null || displayName.isBlank() || displayName.length() > 64) {
			throw new IllegalArgumentException("staff.nameRequired");
		}
		Agency agency = agencies.findById(agencyId).filter(Agency::isWorking)
				.orElseThrow(() -> new IllegalArgumentException("staff.agencyRequired"));
		return createAccount(username, displayName.strip(), agency, null, initialPassword, Set.of());
	}

	/** A system administrator disables or enables an account of their scope; never their own. */
	public void setEnabled(StaffUser actor, long accountId, boolean enabled) {
		StaffAccount account = accounts.findById(accountId).orElseThrow(() -> new AccessDeniedException("No such account"));
		if (!actor.has(Role.SYSTEM_ADMIN) || !lookup.scopeOf(actor, Role.SYSTEM_ADMIN).includes(account.getAgencyId())
				|| account.getUsername().equals(actor.username())) {
			throw new AccessDeniedException("Only a system administrator disables accounts, never their own");
		}
		if (enabled) {
			account.enable();
			events.publishEvent(new StaffEvents.AccountEnabled(account.getUsername()));
		}
		else {
			account.disable();
			events.publishEvent(new StaffEvents.AccountDisabled(account.getUsername()));
		}
	}

	/**
	 * A security administrator (安全管理员) gives a role to an account in their scope.
	 *
	 * @throws AccessDeniedException when the actor is not a security administrator or the account
	 *         lies outside their scope
	 * @throws SeparationOfDutiesException when the role would break 三员分立
	 */
	public void grantRole(StaffUser actor, long accountId, Role role) {
		StaffAccount account = accountInScopeOf(actor, accountId);
		account.grant(role);
		events.publishEvent(new StaffEvents.RoleGranted(account.getUsername(), role));
	}

	public void revokeRole(StaffUser actor, long accountId, Role role) {
		StaffAccount account = accountInScopeOf(actor, accountId);
		if (account.getUsername().equals(actor.username()) && role == Role.SECURITY_ADMIN) {
			throw new AccessDeniedException("A security administrator cannot revoke their own role");
		}
		account.revoke(role);
		events.publishEvent(new StaffEvents.RoleRevoked(account.getUsername(), role));
	}

	public void unlock(StaffUser actor, long accountId) {
		StaffAccount account = accountInScopeOf(actor, accountId);
		account.unlock();
		events.publishEvent(new StaffEvents.AccountUnlocked(account.getUsername()));
	}

	@Transactional(readOnly = true)
	public List<StaffAccount> accountsIn(OrgScope scope) {
		return accounts.findByAgencyIdInOrderByAgencyIdAscUsernameAsc(scope.agencyIds());
	}

	@Transactional(readOnly = true)
	public List<StaffAccount> accountsInScopeOf(StaffUser actor) {
		return accountsIn(lookup.scopeOf(actor));
	}

	private StaffAccount accountInScopeOf(StaffUser actor, long accountId) {
		if (!actor.has(Role.SECURITY_ADMIN)) {
			throw new AccessDeniedException("Only a security administrator manages roles");
		}
		StaffAccount account = accounts.findById(accountId).orElseThrow(() -> new AccessDeniedException("No such account"));
		if (!lookup.scopeOf(actor, Role.SECURITY_ADMIN).includes(account.getAgencyId())) {
			throw new AccessDeniedException("Account outside the administrator's scope");
		}
		return account;
	}

	/** What {@link #changeOwnPassword} answers when the account is locked: the session ends, as at a login. */
	public static final String PASSWORD_LOCKED = "login.locked";

	/**
	 * Changes the caller's own password after checking the current one. A wrong current password
	 * counts as a failed login (等保 2.0 登录失败处理): audited, and at the policy's limit the account
	 * is locked.
	 *
	 * @return the message keys of what is wrong; empty when the password was changed
	 */
	public List<String> changeOwnPassword(String username, String currentPassword, String newPassword) {
		StaffAccount account = accounts.findByUsername(username).orElseThrow();
		Instant now = Instant.now(clock);
		if (account.isLockedAt(now)) {
			return List.of(PASSWORD_LOCKED);
		}
		if (!passwords.matches(currentPassword, account.getPasswordHash())) {
			// A wrong current password is a failed login like any other: audited, and counted towards the lock-out.
			events.publishEvent(new StaffEvents.LoginFailed(username, "current-password"));
			if (account.recordFailedLogin(now, lockout)) {
				events.publishEvent(new StaffEvents.AccountLocked(username, account.getLockedUntil().toString()));
				return List.of(PASSWORD_LOCKED);
			}
			return List.of("password.currentWrong");
		}
		List<String> violations = PasswordPolicy.violations(newPassword, username);
		if (!violations.isEmpty()) {
			return violations;
		}
		account.changePassword(passwords.encode(newPassword), Instant.now(clock));
		events.publishEvent(new StaffEvents.PasswordChanged(username));
		return List.of();
	}

	/** Counts a failed login; locks the account at the policy's limit. Unknown usernames are only audited. */
	public void recordFailedLogin(String username, String reason) {
		events.publishEvent(new StaffEvents.LoginFailed(username, reason));
		accounts.findByUsername(username).ifPresent(account -> {
			Instant now = Instant.now(clock);
			if (!account.isLockedAt(now) && account.recordFailedLogin(now, lockout)) {
				events.publishEvent(new StaffEvents.AccountLocked(username, account.getLockedUntil().toString()));
			}
		});
	}

	public void recordLogout(String username) {
		events.publishEvent(new StaffEvents.LoggedOut(username));
	}

	public void recordSuccessfulLogin(String username, boolean audit) {
		accounts.findByUsername(username).ifPresent(StaffAccount::recordSuccessfulLogin);
		if (audit) {
			events.publishEvent(new StaffEvents.LoggedIn(username));
		}
	}
}
