package id.integritas.portal.system;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package rules of docs/architecture.md ("Packages"), checked on the compiled production classes: features do
 * not form cycles, {@code system} knows no feature, a report flows one way (intake → casework; tracking and receipts
 * never reach back into intake or casework), nothing depends on the demo data, and every Quarkus test carries the
 * {@code persistence} tag that CI's second database pass selects.
 */
class ArchitectureTest {

    static final String ROOT = "id.integritas.portal";
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void systemKnowsNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".system..").should().dependOnClassesThat(
                resideInAPackage(ROOT + "..").and(not(resideInAPackage(ROOT + ".system.."))))
                .check(classes);
    }

    @Test
    void aReportFlowsOneWay() {
        noClasses().that().resideInAnyPackage(ROOT + ".casefile..", ROOT + ".attachment..", ROOT + ".tracking..",
                ROOT + ".receipt..", ROOT + ".account..", ROOT + ".reference..", ROOT + ".calendar..", ROOT + ".audit..",
                ROOT + ".team..", ROOT + ".retention..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".intake..", ROOT + ".casework..")
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".intake..").should().dependOnClassesThat()
                .resideInAPackage(ROOT + ".casework..").check(classes);
    }

    /** CI runs the database tests a second time on the machine's PostgreSQL by this tag: none may miss it. */
    @Test
    void everyQuarkusTestIsTaggedAsADatabaseTest() {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages(ROOT);
        var quarkusTests = tests.stream().filter(c -> c.isAnnotatedWith(io.quarkus.test.junit.QuarkusTest.class)).toList();
        org.junit.jupiter.api.Assertions.assertTrue(quarkusTests.size() > 20, "the test classes were found");
        var untagged = quarkusTests.stream().filter(c -> !c.isAnnotatedWith(org.junit.jupiter.api.Tag.class)
                || !"persistence".equals(c.getAnnotationOfType(org.junit.jupiter.api.Tag.class).value()))
                .map(c -> c.getSimpleName()).toList();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), untagged);
    }

    @Test
    void nothingDependsOnDemoData() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".demo..").should().dependOnClassesThat()
                .resideInAPackage(ROOT + ".demo..").check(classes);
    }
}
