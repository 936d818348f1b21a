package dev.focal.storefront.prescriptions;

import dev.focal.customers.PrescriptionView;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Model of one prescription: its current version, every version (newest first), and the version shown side by
 * side with the one before it ({@code shown} and {@code previous}; {@code previous} is null for a first version).
 */
public record PrescriptionPage(PrescriptionView view, LocalDate today, List<PrescriptionView> versions,
                               PrescriptionView shown, @Nullable PrescriptionView previous,
                               List<RxDisplay.Compared> comparison) {
}
