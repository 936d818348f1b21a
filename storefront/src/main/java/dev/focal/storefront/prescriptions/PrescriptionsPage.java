package dev.focal.storefront.prescriptions;

import dev.focal.customers.PrescriptionView;
import dev.focal.customers.Wearer;
import dev.focal.storefront.shell.FormErrors;
import java.time.LocalDate;
import java.util.List;

/**
 * Model of "My prescriptions": the current prescriptions grouped by wearer (account holder first), and the
 * family-member form with its values and messages.
 */
public record PrescriptionsPage(List<WearerGroup> groups, LocalDate today, FormErrors errors, String newName,
                                String newBirthDate) {

    public boolean empty() {
        return groups.stream().allMatch(group -> group.prescriptions().isEmpty());
    }

    /** One wearer and their prescriptions, newest first. */
    public record WearerGroup(Wearer wearer, List<PrescriptionView> prescriptions) {
    }
}
