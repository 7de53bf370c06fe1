package sunshine.agency;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A staff member's account: who they are, which agency they work for, their roles, and the state
 * of their login (failed attempts, lockout).
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_account_seq")
	@SequenceGenerator(name = "staff_account_seq", sequenceName = "staff_account_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "agency_id", nullable = false)
	private Long agencyId;

	@Column(name = "department_id")
	private Long departmentId;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "failed_attempts", nullable = false)
	private int failedAttempts;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "password_changed_at", nullable = false)
	private Instant passwordChangedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false)
	private Set<Role> roles = new HashSet<>();

	protected StaffAccount() {
	}

	StaffAccount(String username, String displayName, Long agencyId, Long departmentId, String passwordHash,
			Instant now) {
		this.username = username;
		this.displayName = displayName;
		this.agencyId = agencyId;
		this.departmentId = departmentId;
		this.passwordHash = passwordHash;
		this.enabled = true;
		this.passwordChangedAt = now;
		this.createdAt = now;
	}

	/**
	 * Gives the account a role. The separated administrator roles (三员分立) stand alone: an
	 * administrator gets no second role, and no one with a role gets an administrator's.
	 *
	 * @throws SeparationOfDutiesException when the role would join an administrator's to another
	 */
	void grant(Role role) {
		if (roles.contains(role)) {
			return;
		}
		boolean mixes = !roles.isEmpty()
				&& (role.isSeparatedAdministrator() || roles.stream().anyMatch(Role::isSeparatedAdministrator));
		if (mixes) {
			throw new SeparationOfDutiesException(username, role, roles);
		}
		roles.add(role);
	}

	void revoke(Role role) {
		roles.remove(role);
	}

	/** Counts a wrong password; the {@code policy.maxFailures()}th locks the account for {@code policy.lockFor()}. */
	boolean recordFailedLogin(Instant now, LockoutPolicy policy) {
		if (lockedUntil != null && !now.isBefore(lockedUntil)) {
			lockedUntil = null;
			failedAttempts = 0;
		}
		failedAttempts++;
		if (failedAttempts >= policy.maxFailures()) {
			lockedUntil = now.plus(policy.lockFor());
			failedAttempts = 0;
			return true;
		}
		return false;
	}

	void recordSuccessfulLogin() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	void unlock() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	/** Moves the account to another agency (the old one was merged into it); its department there is chosen anew. */
	void transferTo(long agencyId) {
		this.agencyId = agencyId;
		this.departmentId = null;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
	}

	public boolean isLockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public Long getAgencyId() {
		return agencyId;
	}

	public Long getDepartmentId() {
		return departmentId;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public int getFailedAttempts() {
		return failedAttempts;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public Set<Role> getRoles() {
		return Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
	}
}
