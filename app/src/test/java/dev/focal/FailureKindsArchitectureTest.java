package dev.focal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.focal.customers.RxKeyMissing;
import dev.focal.shared.ChangedBySomeoneElse;
import dev.focal.shared.InvalidInput;
import dev.focal.shared.NotFound;
import dev.focal.shared.Refused;
import org.junit.jupiter.api.Test;

/**
 * A context's failures are one of the four shared kinds, so the edges (API handler, form helpers) that map
 * those four handle a new context's failures without being edited.
 */
class FailureKindsArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.focal");

    @Test
    void every_runtime_failure_of_a_context_extends_one_of_the_shared_kinds() {
        classes().that().resideInAPackage("dev.focal..").and().resideOutsideOfPackages("dev.focal.storefront..",
                        "dev.focal.backoffice..", "dev.focal.api..", "dev.focal.platform..")
                .and().areAssignableTo(RuntimeException.class)
                // a start-up configuration failure, never the answer to a request
                .and().areNotAssignableTo(RxKeyMissing.class)
                .should().beAssignableTo(InvalidInput.class)
                .orShould().beAssignableTo(NotFound.class)
                .orShould().beAssignableTo(ChangedBySomeoneElse.class)
                .orShould().beAssignableTo(Refused.class)
                .check(CLASSES);
    }
}
