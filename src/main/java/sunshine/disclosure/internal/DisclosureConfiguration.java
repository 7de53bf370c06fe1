package sunshine.disclosure.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import sunshine.disclosure.IndexNumberScheme;
import sunshine.disclosure.InterpretationPolicy;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DisclosureSettings.class)
class DisclosureConfiguration {

	@Bean
	IndexNumberScheme indexNumberScheme(DisclosureSettings settings) {
		return new IndexNumberScheme(settings.indexNumberPattern());
	}

	@Bean
	sunshine.disclosure.AttachmentPolicy attachmentPolicy(DisclosureSettings settings) {
		return new sunshine.disclosure.AttachmentPolicy(settings.attachmentMaxBytes());
	}

	@Bean
	InterpretationPolicy interpretationPolicy(DisclosureSettings settings) {
		return new InterpretationPolicy(settings.interpretationLagWorkingDays());
	}
}
