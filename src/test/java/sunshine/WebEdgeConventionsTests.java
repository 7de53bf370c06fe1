package sunshine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The one shape of the web edge, kept by a test: typed forms and records, not maps; the portal alone
 * asks the anti-abuse gate; templates ask the aggregate what it allows instead of comparing status
 * names. Where older code does not follow the shape yet it is named below, so the list can only
 * shrink: a new offender fails, and so does a listed one that was mended without striking it off.
 */
class WebEdgeConventionsTests {

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("sunshine");

	/** Controllers still taking or returning maps (to be given form records and response records). */
	static final Set<String> UNTYPED_YET = Set.of("sunshine.petitions.web.PetitionApiController", "sunshine.petitions.web.PetitionConsoleController",
			"sunshine.portal.web.PetitionPublicApiController", "sunshine.portal.web.RequestPublicApiController");

	/** Templates still comparing a status name (to ask the aggregate instead). */
	static final Set<String> STATUS_NAMES_YET = Set.of("disclosure/item.html");

	@Test
	void onlyThePortalAsksTheAntiAbuseGate() {
		var offenders = new TreeSet<String>();
		for (JavaClass type : CLASSES) {
			if (type.getPackageName().startsWith("sunshine.abuse") || type.getPackageName().startsWith("sunshine.portal")) {
				continue;
			}
			type.getDirectDependenciesFromSelf().stream()
					.filter(d -> d.getTargetClass().getPackageName().startsWith("sunshine.abuse"))
					.forEach(d -> offenders.add(type.getName()));
		}
		assertThat(offenders).as("classes outside the portal that use sunshine.abuse").isEmpty();
	}

	@Test
	void controllersTakeAndReturnRecordsNotMaps() throws Exception {
		var offenders = new TreeSet<String>();
		for (JavaClass type : CLASSES) {
			if (!type.isAnnotatedWith(Controller.class) && !type.isAnnotatedWith(RestController.class)) {
				continue;
			}
			Class<?> controller = Class.forName(type.getName());
			for (Method method : controller.getDeclaredMethods()) {
				if (!isHandler(method)) {
					continue;
				}
				boolean json = type.isAnnotatedWith(RestController.class);
				boolean mapIn = Stream.of(method.getParameters()).map(Parameter::getType).anyMatch(Map.class::isAssignableFrom);
				boolean mapOut = json && (Map.class.isAssignableFrom(method.getReturnType())
						|| method.getGenericReturnType().getTypeName().contains("java.util.Map"));
				if (mapIn || mapOut) {
					offenders.add(type.getName());
				}
			}
		}
		assertThat(offenders).as("controllers with a Map parameter or a Map JSON body").isSubsetOf(UNTYPED_YET);
		assertThat(UNTYPED_YET).as("listed controllers that no longer use maps: strike them off").isSubsetOf(offenders);
		assertThat(offenders).doesNotContain("sunshine.petitions.web.PetitionActionApiController");
	}

	@Test
	void templatesAskTheAggregateInsteadOfComparingStatusNames() throws IOException {
		Pattern statusName = Pattern.compile("status\\.name\\(\\)\\s*[!=]=");
		Path root = Path.of("src/main/resources/templates");
		var offenders = new TreeSet<String>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				if (statusName.matcher(Files.readString(file)).find()) {
					offenders.add(root.relativize(file).toString().replace('\\', '/'));
				}
			}
		}
		assertThat(offenders).as("templates comparing a status name").isSubsetOf(STATUS_NAMES_YET);
		assertThat(STATUS_NAMES_YET).as("listed templates that no longer compare status names: strike them off")
				.isSubsetOf(offenders);
	}

	private static boolean isHandler(Method method) {
		return List.of(method.getAnnotations()).stream().map(a -> a.annotationType().getName())
				.anyMatch(name -> name.startsWith("org.springframework.web.bind.annotation.")
						&& name.endsWith("Mapping"));
	}
}
