package sunshine.petitions.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import sunshine.shared.EncryptedColumns;

/** The petitioner's personal data, for the key rotation. */
@Configuration(proxyBeanMethods = false)
class PetitionsPersonalData {

	@Bean
	EncryptedColumns petitionerColumns() {
		return new EncryptedColumns("petition", "id", List.of("petitioner_name", "id_number", "phone", "address"));
	}

	/** The files a citizen attached: encrypted like the rest; the rotation also encrypts files stored before. */
	@Bean
	EncryptedColumns petitionAttachmentColumns() {
		return EncryptedColumns.binary("petition_attachment", "id", List.of("content"));
	}
}
