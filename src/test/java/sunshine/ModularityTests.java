package sunshine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

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
	void writesTheModuleDocumentation() throws Exception {
		Path folder = Path.of("target", "spring-modulith-docs");
		Path components = folder.resolve("components.puml");
		Files.deleteIfExists(components);
		new Documenter(modules).writeDocumentation();
		String canvas = Files.readString(components);
		assertThat(modules.stream()).hasSizeGreaterThanOrEqualTo(10);
		modules.forEach(module -> {
			assertThat(canvas).as("the component diagram shows " + module.getIdentifier())
					.contains(module.getDisplayName());
			assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml")).as(module.getIdentifier().toString()).isNotEmptyFile();
		});
	}
}
