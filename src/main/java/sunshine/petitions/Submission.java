package sunshine.petitions;

import java.util.ArrayList;
import java.util.List;

import sunshine.shared.ChineseIdNumber;
import sunshine.shared.PhoneNumber;

/**
 * What a citizen submits online, or a registrar types in for a letter, visit or call — checked
 * field by field before anything is stored.
 */
public record Submission(String agency, String channel, String name, String idNumber, String phone, String address,
		String title, String content, String category, Integer visitors) {

	/** A field that is wrong, with the bundle key (and arguments) of its Chinese explanation. */
	public record Problem(String field, String messageKey, List<Object> arguments) {
	}

	/** Limits of the form. */
	public static final int TITLE_MAX = 100;
	public static final int CONTENT_MAX = 5000;

	/**
	 * The problems of this submission; empty when it can be registered.
	 *
	 * @param online whether it comes from the public (only the internet channels are allowed then)
	 */
	public List<Problem> problems(boolean online) {
		var problems = new ArrayList<Problem>();
		if (blank(agency)) {
			problems.add(new Problem("agency", "petitions.error.agency.missing", List.of()));
		}
		var parsed = Channel.parse(channel);
		if (blank(channel)) {
			problems.add(new Problem("channel", "petitions.error.channel.missing", List.of()));
		}
		else if (parsed.isEmpty() || (online && !parsed.get().isOnline())) {
			problems.add(new Problem("channel", "petitions.error.channel.invalid", List.of(channel)));
		}
		if (blank(name)) {
			problems.add(new Problem("name", "petitions.error.name.missing", List.of()));
		}
		else if (name.strip().length() > 50) {
			problems.add(new Problem("name", "petitions.error.name.tooLong", List.of(50)));
		}
		if (online && blank(idNumber)) {
			problems.add(new Problem("idNumber", "petitions.error.idNumber.missing", List.of()));
		}
		else if (!blank(idNumber) && !ChineseIdNumber.isValid(idNumber.strip())) {
			problems.add(new Problem("idNumber", "petitions.error.idNumber.invalid", List.of(idNumber)));
		}
		if (online && blank(phone)) {
			problems.add(new Problem("phone", "petitions.error.phone.missing", List.of()));
		}
		else if (!blank(phone) && PhoneNumber.parse(phone).isEmpty()) {
			problems.add(new Problem("phone", "petitions.error.phone.invalid", List.of(phone)));
		}
		if (!blank(address) && address.strip().length() > 200) {
			problems.add(new Problem("address", "petitions.error.address.tooLong", List.of(200)));
		}
		if (blank(title)) {
			problems.add(new Problem("title", "petitions.error.title.missing", List.of()));
		}
		else if (title.strip().length() > TITLE_MAX) {
			problems.add(new Problem("title", "petitions.error.title.tooLong", List.of(TITLE_MAX)));
		}
		if (blank(content)) {
			problems.add(new Problem("content", "petitions.error.content.missing", List.of()));
		}
		else if (content.strip().length() > CONTENT_MAX) {
			problems.add(new Problem("content", "petitions.error.content.tooLong", List.of(CONTENT_MAX)));
		}
		if (blank(category)) {
			problems.add(new Problem("category", "petitions.error.category.missing", List.of()));
		}
		if (visitors != null && (visitors < 1 || visitors > 10000)) {
			problems.add(new Problem("visitors", "petitions.error.visitors.invalid", List.of(visitors)));
		}
		return problems;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
