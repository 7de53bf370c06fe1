package sunshine.shared;

/**
 * A citizen's personal data as a staff page shows it: masked ({@link #masked}) unless a staff member
 * who may see it in full asked to, in which case the reveal has been audited ({@link PersonalDataRevealed}).
 * Empty values stay empty, so a page can leave out what the citizen did not give.
 *
 * @param revealed whether the values are shown in full
 */
public record PersonalDetails(String name, String idNumber, String phone, String address, String email,
		boolean revealed) {

	/**
	 * The flash attribute a staff page's reveal action sets, after auditing it, so that the next view
	 * of the page shows the values in full — once; it carries only this flag, never the values.
	 */
	public static final String REVEALED_FLASH = "personalDataRevealed";

	/** The values in full: only after the reveal has been authorised and audited. */
	public static PersonalDetails full(String name, String idNumber, String phone, String address, String email) {
		return new PersonalDetails(blankToEmpty(name), blankToEmpty(idNumber), blankToEmpty(phone),
				blankToEmpty(address), blankToEmpty(email), true);
	}

	/** The values masked (张*, 640102********1234, 138****5678, 银川市兴庆区****, z***@example.cn). */
	public static PersonalDetails masked(String name, String idNumber, String phone, String address, String email) {
		return new PersonalDetails(Masking.name(name), blank(idNumber) ? "" : Masking.idNumber(idNumber),
				blank(phone) ? "" : Masking.phone(phone), Masking.address(address), Masking.email(email), false);
	}

	/** The fields that hold a value, as the audit log lists them. */
	public String presentFields() {
		var fields = new java.util.StringJoiner(",");
		if (!name.isEmpty()) {
			fields.add("name");
		}
		if (!idNumber.isEmpty()) {
			fields.add("idNumber");
		}
		if (!phone.isEmpty()) {
			fields.add("phone");
		}
		if (!address.isEmpty()) {
			fields.add("address");
		}
		if (!email.isEmpty()) {
			fields.add("email");
		}
		return fields.toString();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String blankToEmpty(String value) {
		return blank(value) ? "" : value.strip();
	}
}
