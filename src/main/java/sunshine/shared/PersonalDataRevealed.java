package sunshine.shared;

/**
 * A staff member revealed the full personal data of a case (查看完整个人信息): which record, which
 * fields and the reason given. Recorded in the audit log like every other staff action, so that each
 * look at a citizen's identity number or phone can be accounted for.
 *
 * @param subject the record, e.g. {@code request:GK2019…} or {@code petition:XF2022…}
 * @param fields the fields shown in full, e.g. {@code name,idNumber,phone,address}
 * @param reason why the staff member needed them (may be empty; kept to its first
 *        {@value #MAX_REASON_LENGTH} characters)
 */
public record PersonalDataRevealed(String subject, String fields, String reason) implements AuditableEvent {

	public static final int MAX_REASON_LENGTH = 200;

	public PersonalDataRevealed {
		reason = reason == null ? "" : reason.strip();
		if (reason.codePointCount(0, reason.length()) > MAX_REASON_LENGTH) {
			reason = reason.substring(0, reason.offsetByCodePoints(0, MAX_REASON_LENGTH));
		}
	}

	@Override
	public String action() {
		return "personal-data.revealed";
	}

	@Override
	public String detail() {
		return reason.isEmpty() ? "fields=" + fields : "fields=" + fields + "; reason=" + reason;
	}
}
