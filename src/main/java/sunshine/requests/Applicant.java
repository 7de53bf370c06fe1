package sunshine.requests;

import jakarta.persistence.Convert;
import sunshine.shared.PersonalDataConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The applicant (申请人): a natural person with an identity document, or an organisation with its
 * unified social credit code and a contact person. Personal data sit in their own varchar(512)
 * columns, stored SM4-encrypted ({@link PersonalDataConverter}).
 */
@Embeddable
public class Applicant {

	@Enumerated(EnumType.STRING)
	@Column(name = "applicant_type", nullable = false, length = 32)
	private ApplicantType type;

	@Convert(converter = PersonalDataConverter.class)
	@Column(name = "applicant_name", nullable = false, length = 512)
	private String name;

	@Column(name = "id_type", length = 32)
	private String idType;

	@Convert(converter = PersonalDataConverter.class)
	@Column(name = "id_number", length = 512)
	private String idNumber;

	@Convert(converter = PersonalDataConverter.class)
	@Column(name = "credit_code", length = 512)
	private String creditCode;

	@Convert(converter = PersonalDataConverter.class)
	@Column(name = "contact_person", length = 512)
	private String contactPerson;

	@Convert(converter = PersonalDataConverter.class)
	@Column(name = "phone", nullable = false, length = 512)
	private String phone;

	@Convert(converter = PersonalDataConverter.class)
	@Column(name = "address", length = 1200)
	private String address;

	@Convert(converter = PersonalDataConverter.class)
	@Column(name = "email", length = 1200)
	private String email;

	/**
	 * Same applicant, same key, for counting requests per month: the HMAC-SM3 blind index of the
	 * identity number or credit code ({@link #indexKey}), so the number itself is never stored in clear.
	 */
	@Column(name = "applicant_key", nullable = false, length = 64)
	private String key;

	/** The HMAC-SM3 blind index of the phone number (digits only): staff find an applicant's requests by it. */
	@Column(name = "phone_index", length = 64)
	private String phoneIndex;

	protected Applicant() {
	}

	public Applicant(ApplicantType type, String name, String idType, String idNumber, String creditCode,
			String contactPerson, String phone, String address, String email) {
		this.type = type;
		this.name = name;
		this.idType = idType;
		this.idNumber = idNumber;
		this.creditCode = creditCode;
		this.contactPerson = contactPerson;
		this.phone = phone;
		this.address = address;
		this.email = email;
		this.key = keyOf(type, idNumber, creditCode, name);
	}

	/** The counting key: {@code P:} + identity number, or {@code O:} + credit code (upper case). */
	static String keyOf(ApplicantType type, String idNumber, String creditCode, String name) {
		String id = type.isPerson() ? idNumber : creditCode;
		String base = (type.isPerson() ? "P:" : "O:") + (id == null || id.isBlank() ? "N:" + name : id);
		return base.toUpperCase(java.util.Locale.ROOT).substring(0, Math.min(64, base.length()));
	}

	/** Replaces the plain counting key with its blind index; the management does this once, before saving. */
	void indexKey(java.util.function.UnaryOperator<String> blindIndex,
			java.util.function.UnaryOperator<String> phoneIndex) {
		this.key = blindIndex.apply(this.key);
		this.phoneIndex = phone == null ? null : phoneIndex.apply(phone);
	}

	/**
	 * The applicant's personal data, masked or in full: for a natural person their name, for an
	 * organisation its contact person (the organisation's name is not personal data and is shown as is).
	 */
	public sunshine.shared.PersonalDetails personalDetails(boolean full) {
		String person = type == ApplicantType.NATURAL_PERSON ? name : contactPerson;
		return full ? sunshine.shared.PersonalDetails.full(person, idNumber, phone, address, email)
				: sunshine.shared.PersonalDetails.masked(person, idNumber, phone, address, email);
	}

	public ApplicantType getType() {
		return type;
	}

	public String getName() {
		return name;
	}

	public String getIdType() {
		return idType;
	}

	public String getIdNumber() {
		return idNumber;
	}

	public String getCreditCode() {
		return creditCode;
	}

	public String getContactPerson() {
		return contactPerson;
	}

	public String getPhone() {
		return phone;
	}

	public String getAddress() {
		return address;
	}

	public String getEmail() {
		return email;
	}

	public String getKey() {
		return key;
	}
}
