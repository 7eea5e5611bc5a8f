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
 * The package rules of docs/architecture.md, checked on the compiled production classes: features do not form
 * cycles, {@code system} knows no feature, a report flows one way (intake → casework; tracking and receipts never
 * reach back into intake or casework), and nothing depends on the demo data.
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
                ROOT + ".receipt..", ROOT + ".account..", ROOT + ".reference..", ROOT + ".calendar..", ROOT + ".audit..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".intake..", ROOT + ".casework..")
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".intake..").should().dependOnClassesThat()
                .resideInAPackage(ROOT + ".casework..").check(classes);
    }

    @Test
    void nothingDependsOnDemoData() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".demo..").should().dependOnClassesThat()
                .resideInAPackage(ROOT + ".demo..").check(classes);
    }
}
