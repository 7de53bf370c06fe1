package sunshine.requests.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import sunshine.shared.EncryptedColumns;

/** The applicant's personal data, for the key rotation. */
@Configuration(proxyBeanMethods = false)
class RequestsPersonalData {

	@Bean
	EncryptedColumns requestApplicantColumns() {
		return new EncryptedColumns("disclosure_request", "id",
				List.of("applicant_name", "id_number", "credit_code", "contact_person", "phone", "address", "email"));
	}
}
