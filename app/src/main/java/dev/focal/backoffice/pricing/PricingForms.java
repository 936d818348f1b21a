package dev.focal.backoffice.pricing;

import dev.focal.pricing.PricingAccess;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.ui.StaffAccess;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Conversions the pricing forms share: pickers in the backoffice's zone, comma-separated text lists. */
final class PricingForms {

    private PricingForms() {
    }

    static @Nullable Instant instant(@Nullable LocalDateTime local) {
        return local == null ? null : local.atZone(Formats.ZONE).toInstant();
    }

    static @Nullable LocalDateTime local(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, Formats.ZONE);
    }

    /** "Lumen, Orla ," becomes {Lumen, Orla}. */
    static Set<String> list(@Nullable String text) {
        if (text == null) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String text(Collection<String> values) {
        return values.stream().sorted().collect(Collectors.joining(", "));
    }

    static boolean canEdit() {
        return StaffAccess.allows(PricingAccess.EDITORS);
    }
}
