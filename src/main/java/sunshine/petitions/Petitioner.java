package sunshine.petitions;

/**
 * The person who petitions (信访人): real name, identity number, phone and address — personal data,
 * masked in lists and removed from anything published.
 */
public record Petitioner(String name, String idNumber, String phone, String address) {

	/** The petitioner's personal data, masked or in full. */
	public sunshine.shared.PersonalDetails personalDetails(boolean full) {
		return full ? sunshine.shared.PersonalDetails.full(name, idNumber, phone, address, null)
				: sunshine.shared.PersonalDetails.masked(name, idNumber, phone, address, null);
	}
}
