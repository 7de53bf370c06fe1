package sunshine;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold, and the module canvas in {@code target/spring-modulith-docs} is current. */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(SunshineApplication.class);

	@Test
	void modulesDependOnlyOnWhatTheyMay() {
		modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}
}
