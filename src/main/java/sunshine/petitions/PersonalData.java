package sunshine.petitions;

import java.util.regex.Pattern;

/**
 * Removes personal data from text that is published (留言板 replies): the petitioner's own name,
 * identity number, phone and address wherever they appear, and anything that looks like an identity
 * number or a phone number.
 */
public final class PersonalData {

	private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");
	private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
	private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)0\\d{2,3}-?\\d{7,8}(?!\\d)");

	private PersonalData() {
	}

	public static String redact(String text, String name, String idNumber, String phone, String address) {
		if (text == null) {
			return null;
		}
		String result = text;
		for (String value : new String[] { idNumber, phone, address }) {
			if (value != null && !value.isBlank()) {
				result = result.replace(value.strip(), "＊＊＊");
			}
		}
		if (name != null && !name.isBlank()) {
			String n = name.strip();
			String masked = n.charAt(0) + "＊".repeat(Math.max(1, n.length() - 1));
			result = result.replace(n, masked);
		}
		result = ID_NUMBER.matcher(result).replaceAll("＊＊＊");
		result = MOBILE.matcher(result).replaceAll("＊＊＊");
		return LANDLINE.matcher(result).replaceAll("＊＊＊");
	}
}
