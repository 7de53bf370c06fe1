package sunshine.shared;

import java.io.IOException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Provides the personal-data keyring from the configuration (see {@link PersonalDataKeys}). */
@Configuration(proxyBeanMethods = false)
class PersonalDataConfiguration {

	@Bean
	PersonalDataKeys personalDataKeys(Environment environment) throws IOException {
		return PersonalDataKeys.fromEnvironment(environment);
	}
}
