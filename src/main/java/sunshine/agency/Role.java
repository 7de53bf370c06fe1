package sunshine.agency;

/**
 * What a staff member may do. The three administrator roles are separated (三员分立, 《信息安全技术
 * 网络安全等级保护基本要求》GB/T 22239-2019 安全管理中心): an account that holds one of them holds
 * no other role, so none can do another's work.
 */
public enum Role {

	/** 登记: registers letters, visits and applications received off-line. */
	REGISTRAR(false, false),
	/** 承办人: handles the cases assigned to the agency or its units. */
	HANDLER(false, false),
	/** 审核: reviews drafted replies and decisions. */
	REVIEWER(false, false),
	/** 签发领导: signs replies off. */
	SIGNING_LEADER(true, false),
	/** 督办: supervises overdue work in the agency and the agencies below it. */
	SUPERVISOR(true, false),
	/** 信息公开编辑: publishes proactive disclosure. */
	DISCLOSURE_EDITOR(false, false),
	/** 年报编辑: writes the annual report and reads the figures of the agencies below. */
	REPORT_EDITOR(true, false),
	/** 系统管理员: the agency tree, accounts and the working-day calendar; no business data. */
	SYSTEM_ADMIN(true, true),
	/** 安全管理员: grants and revokes roles, unlocks accounts. */
	SECURITY_ADMIN(true, true),
	/** 安全审计员: alone reads and verifies the audit log. */
	SECURITY_AUDITOR(true, true);

	private final boolean seesSubordinates;
	private final boolean separatedAdministrator;

	Role(boolean seesSubordinates, boolean separatedAdministrator) {
		this.seesSubordinates = seesSubordinates;
		this.separatedAdministrator = separatedAdministrator;
	}

	/** Whether this role reaches the agencies below the user's own. */
	public boolean seesSubordinates() {
		return seesSubordinates;
	}

	/**
	 * Whether the role works citizens' cases and so may see their full personal data — the name, identity
	 * number, phone, address and e-mail needed to answer them — on a record of its own agency, each time
	 * on purpose and audited (《个人信息保护法》第五十一条: access limited to the staff who need it).
	 * Supervisors, editors and the three administrators see masked values only.
	 */
	public boolean readsPersonalData() {
		return this == REGISTRAR || this == HANDLER || this == REVIEWER || this == SIGNING_LEADER;
	}

	/** Whether this is one of the three separated administrator roles (三员). */
	public boolean isSeparatedAdministrator() {
		return separatedAdministrator;
	}

	/** The Spring Security authority, e.g. {@code ROLE_HANDLER}. */
	public String authority() {
		return "ROLE_" + name();
	}
}
