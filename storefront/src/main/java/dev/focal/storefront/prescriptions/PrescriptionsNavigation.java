package dev.focal.storefront.prescriptions;

import dev.focal.customers.PrescriptionView;
import java.time.LocalDate;
import java.util.List;

/**
 * What other storefront pages use of "My prescriptions": the summary the account page shows, counted by the same
 * expiry warning as the prescription pages themselves.
 */
public final class PrescriptionsNavigation {

    private PrescriptionsNavigation() {
    }

    /** What the account page says about the customer's prescriptions: how many, expired, expiring within 60 days. */
    public record Summary(int count, int expired, int expiringSoon) {
    }

    /** The summary of the customer's current prescriptions as of {@code today}. */
    public static Summary summary(List<PrescriptionView> current, LocalDate today) {
        return new Summary(current.size(),
                (int) current.stream().filter(p -> p.expiredOn(today)).count(),
                (int) current.stream().filter(p -> !p.expiredOn(today)
                        && !p.expiresOn().isAfter(today.plusDays(RxDisplay.EXPIRY_WARNING_DAYS))).count());
    }
}
