package sunshine.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import sunshine.shared.ChineseIdNumber;
import sunshine.shared.PhoneNumber;
import sunshine.shared.UnifiedSocialCreditCode;

/**
 * What an applicant fills in (政府信息公开申请表), as typed — online, through the API or by staff
 * copying a letter. {@link #problems()} checks every field at once and names each bad one, so the
 * form can be shown again with everything the applicant typed.
 */
public record RequestApplication(String agency, String applicantType, String name, String idType, String idNumber,
		String creditCode, String contactPerson, String phone, String address, String email, String description,
		String purpose, String delivery) {

	/** The identity document whose number carries a GB 11643 check character. */
	public static final String RESIDENT_ID_CARD = "居民身份证";

	/** The longest name of an identity document (the column holds 32 characters). */
	public static final int ID_TYPE_MAX = 32;

	/** The longest e-mail address (RFC 5321). */
	public static final int EMAIL_MAX = 254;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,200}\\.[A-Za-z]{2,}");

	/** A bad field: its name (as in the JSON API) and the message key with its arguments. */
	public record Problem(String field, String messageKey, List<Object> arguments) {
		Problem(String field, String messageKey) {
			this(field, messageKey, List.of());
		}
	}

	/** Every problem, in the order of the form; empty when the application can be registered. */
	public List<Problem> problems() {
		var problems = new ArrayList<Problem>();
		if (blank(agency)) {
			problems.add(new Problem("agency", "requests.error.agencyMissing"));
		}
		var type = ApplicantType.parse(applicantType);
		if (type.isEmpty()) {
			problems.add(new Problem("applicantType", "requests.error.applicantType"));
		}
		if (blank(name)) {
			problems.add(new Problem("name", "requests.error.nameMissing"));
		}
		else if (name.strip().length() > 100) {
			problems.add(new Problem("name", "requests.error.tooLong", List.of(100)));
		}
		if (!blank(idType) && idType.strip().length() > ID_TYPE_MAX) {
			problems.add(new Problem("idType", "requests.error.idTypeTooLong", List.of(ID_TYPE_MAX)));
		}
		if (type.isPresent() && type.get().isPerson()) {
			String kind = idTypeOrDefault();
			if (blank(idNumber)) {
				problems.add(new Problem("idNumber", "requests.error.idNumberMissing"));
			}
			else if (kind.equals(RESIDENT_ID_CARD) && !ChineseIdNumber.isValid(idNumber.strip())) {
				problems.add(new Problem("idNumber", "requests.error.idNumber"));
			}
			else if (idNumber.strip().length() > 64) {
				problems.add(new Problem("idNumber", "requests.error.tooLong", List.of(64)));
			}
		}
		if (type.isPresent() && !type.get().isPerson()) {
			if (blank(creditCode)) {
				problems.add(new Problem("creditCode", "requests.error.creditCodeMissing"));
			}
			else if (!UnifiedSocialCreditCode.isValid(creditCode.strip())) {
				problems.add(new Problem("creditCode", "requests.error.creditCode"));
			}
		}
		if (blank(phone)) {
			problems.add(new Problem("phone", "requests.error.phoneMissing"));
		}
		else if (PhoneNumber.parse(phone).isEmpty()) {
			problems.add(new Problem("phone", "requests.error.phone"));
		}
		var wanted = Delivery.parse(delivery);
		if (!blank(delivery) && wanted.isEmpty()) {
			problems.add(new Problem("delivery", "requests.error.delivery"));
		}
		Delivery chosen = wanted.orElse(Delivery.PAPER);
		if (blank(address) && (chosen == Delivery.PAPER || chosen == Delivery.DISC)) {
			problems.add(new Problem("address", "requests.error.addressMissing"));
		}
		else if (!blank(address) && address.strip().length() > 200) {
			problems.add(new Problem("address", "requests.error.tooLong", List.of(200)));
		}
		if (blank(email) && chosen == Delivery.EMAIL) {
			problems.add(new Problem("email", "requests.error.emailMissing"));
		}
		else if (!blank(email) && email.strip().length() > EMAIL_MAX) {
			problems.add(new Problem("email", "requests.error.emailTooLong", List.of(EMAIL_MAX)));
		}
		else if (!blank(email) && !EMAIL.matcher(email.strip()).matches()) {
			problems.add(new Problem("email", "requests.error.email"));
		}
		if (blank(description)) {
			problems.add(new Problem("description", "requests.error.descriptionMissing"));
		}
		else if (description.strip().length() > 4000) {
			problems.add(new Problem("description", "requests.error.tooLong", List.of(4000)));
		}
		if (!blank(purpose) && purpose.strip().length() > 1000) {
			problems.add(new Problem("purpose", "requests.error.tooLong", List.of(1000)));
		}
		if (!blank(contactPerson) && contactPerson.strip().length() > 100) {
			problems.add(new Problem("contactPerson", "requests.error.tooLong", List.of(100)));
		}
		return problems;
	}

	/** The applicant, normalised; call only when {@link #problems()} is empty. */
	public Applicant applicant() {
		ApplicantType type = ApplicantType.parse(applicantType).orElseThrow();
		String id = type.isPerson() ? normalise(idNumber).toUpperCase(java.util.Locale.ROOT) : null;
		String code = type.isPerson() ? null : normalise(creditCode).toUpperCase(java.util.Locale.ROOT);
		String phoneNumber = PhoneNumber.parse(phone).map(PhoneNumber::value).orElse(phone.strip());
		return new Applicant(type, name.strip(), type.isPerson() ? idTypeOrDefault() : null, id, code,
				emptyToNull(contactPerson), phoneNumber, emptyToNull(address), emptyToNull(email));
	}

	public Delivery deliveryOrDefault() {
		return Delivery.parse(delivery).orElse(Delivery.PAPER);
	}

	public String idTypeOrDefault() {
		return blank(idType) ? RESIDENT_ID_CARD : idType.strip();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String normalise(String text) {
		return text == null ? "" : text.strip();
	}

	static String emptyToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The empty form: the seed agency, a natural person with a resident identity card, answers on paper. */
	public static RequestApplication blank() {
		return new RequestApplication("640000-xfj", "NATURAL_PERSON", "", "居民身份证", "", "", "", "", "", "", "", "",
				"PAPER");
	}
}
