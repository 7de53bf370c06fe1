package sunshine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Conventions of the code base, kept by a test rather than by memory. */
@AnalyzeClasses(packages = "sunshine", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule controllersArePackagePrivateInWebPackages = classes()
			.that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
			.or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.should().resideInAPackage("..web..")
			.andShould().notBePublic();

	@ArchTest
	static final ArchRule noUtilPackages = noClasses().should().resideInAnyPackage("..util..", "..utils..", "..common..");

	@ArchTest
	static final ArchRule noLegacyDates = noClasses().should().dependOnClassesThat()
			.haveFullyQualifiedName("java.util.Date")
			.orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Calendar")
			.orShould().dependOnClassesThat().haveFullyQualifiedName("java.text.SimpleDateFormat");

	@ArchTest
	static final ArchRule timeComesFromTheInjectedClock = noClasses()
			.should().callMethod(Instant.class, "now")
			.orShould().callMethod(LocalDate.class, "now")
			.orShould().callMethod(LocalDateTime.class, "now")
			.because("time comes from the injected java.time.Clock, so tests can move it");

	@ArchTest
	static final ArchRule noFieldInjection = noClasses().should().dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.beans.factory.annotation.Autowired")
			.because("dependencies arrive through constructors");
}
