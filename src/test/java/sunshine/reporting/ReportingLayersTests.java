package sunshine.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The reporting module's packages sit on one floor each: table below imports below document; none reaches up. */
@AnalyzeClasses(packages = "sunshine.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportingLayersTests {

	@ArchTest
	static final ArchRule tableDependsOnNothingElseOfTheModule = noClasses()
			.that().resideInAPackage("sunshine.reporting.table..")
			.should().dependOnClassesThat().resideInAnyPackage("sunshine.reporting.imports..",
					"sunshine.reporting.document..", "sunshine.reporting.web..", "sunshine.reporting.internal..");

	@ArchTest
	static final ArchRule importsDoNotReachTheDocument = noClasses()
			.that().resideInAPackage("sunshine.reporting.imports..")
			.should().dependOnClassesThat().resideInAnyPackage("sunshine.reporting.document..",
					"sunshine.reporting.web..");

	@ArchTest
	static final ArchRule documentDoesNotReachTheWeb = noClasses()
			.that().resideInAPackage("sunshine.reporting.document..")
			.should().dependOnClassesThat().resideInAPackage("sunshine.reporting.web..");

	@ArchTest
	static final ArchRule persistenceSitsBelowTheServices = noClasses()
			.that().resideInAPackage("sunshine.reporting.internal..")
			.should().dependOnClassesThat().resideInAPackage("sunshine.reporting.web..");
}
