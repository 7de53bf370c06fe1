package sunshine.petitions;

/**
 * The person who petitions (信访人): real name, identity number, phone and address — personal data,
 * masked in lists and removed from anything published.
 */
public record Petitioner(String name, String idNumber, String phone, String address) {
}
