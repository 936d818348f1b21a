package dev.focal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.focal.customers.CustomerContacts;
import dev.focal.customers.PasswordResetLinks;
import dev.focal.procurement.PurchaseOrderMailings;
import org.junit.jupiter.api.Test;

/**
 * The services that listeners and jobs call without a user (and so without an access rule; see
 * AccessDeclarationsTest.EXEMPT) are used by the notifications module only, never by a face of the app.
 */
class SystemOnlyServicesTest {

    @Test
    void only_notifications_use_the_services_without_an_access_rule() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.focal");
        noClasses().that().resideOutsideOfPackages("dev.focal.notifications..", "dev.focal.customers..",
                        "dev.focal.procurement..")
                .should().dependOnClassesThat().belongToAnyOf(CustomerContacts.class, PasswordResetLinks.class,
                        PurchaseOrderMailings.class)
                .check(classes);
    }
}
