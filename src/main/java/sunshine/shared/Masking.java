package sunshine.shared;

/**
 * How personal data appears in lists and exports (个人信息去标识化): a name keeps its first
 * character (张*, 欧阳**), an identity number its first six and last four, a phone its first three
 * and last four, an address its first six characters (at most half of it, so a short one is
 * never shown whole), an e-mail address the first character of its
 * local part and its domain (z***@example.cn).
 */
public final class Masking {

	private Masking() {
	}

	public static String name(String name) {
		if (name == null || name.isBlank()) {
			return "";
		}
		String trimmed = name.strip();
		int first = trimmed.offsetByCodePoints(0, 1);
		return trimmed.substring(0, first) + "*".repeat(Math.max(1, trimmed.codePointCount(first, trimmed.length())));
	}

	public static String idNumber(String number) {
		return ChineseIdNumber.parse(number).map(ChineseIdNumber::masked).orElse(number == null ? "" : "******");
	}

	public static String phone(String phone) {
		return PhoneNumber.parse(phone).map(PhoneNumber::masked).orElse(phone == null ? "" : "****");
	}

	public static String address(String address) {
		if (address == null || address.isBlank()) {
			return "";
		}
		String trimmed = address.strip();
		int length = trimmed.codePointCount(0, trimmed.length());
		// At most six characters and at most half of them, so a short address ("解放街12号") is masked too.
		int kept = Math.min(6, length / 2);
		return trimmed.substring(0, trimmed.offsetByCodePoints(0, kept)) + "****";
	}

	public static String email(String email) {
		if (email == null || email.isBlank()) {
			return "";
		}
		String trimmed = email.strip();
		int at = trimmed.lastIndexOf('@');
		if (at <= 0) {
			return "***";
		}
		return trimmed.substring(0, trimmed.offsetByCodePoints(0, 1)) + "***" + trimmed.substring(at);
	}
}
