package sunshine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Sunshine (阳光政务): government-affairs openness and online petitions for a Letters-and-Visits
 * bureau and the bureaus under it. One deployable; each direct sub-package is a module.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SunshineApplication {

	public static void main(String[] args) {
		SpringApplication.run(SunshineApplication.class, args);
	}
}
