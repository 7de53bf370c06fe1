package sunshine.shared;

import org.springframework.stereotype.Component;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Put on an entity's personal-data field ({@code @Convert(converter = PersonalDataConverter.class)})
 * so that it is stored SM4-encrypted and read back in clear. The column needs room for the
 * ciphertext: {@code varchar(512)} for a name, number or address.
 */
@Component
@Converter
public class PersonalDataConverter implements AttributeConverter<String, String> {

	private final PersonalDataCipher cipher;

	public PersonalDataConverter(PersonalDataCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public String convertToDatabaseColumn(String plain) {
		return cipher.encrypt(plain);
	}

	@Override
	public String convertToEntityAttribute(String stored) {
		return cipher.decrypt(stored);
	}
}
