package dev.focal.catalog;

import dev.focal.catalog.LensSpec.LensType;
import java.util.Locale;

/** A lens product to choose from in the fit check. */
public record LensOption(ProductId id, String code, String name, LensType type, String design) {

    /** "LN-SV Clarity Single Vision (single vision)". */
    public String label() {
        return code + " " + name + " (" + type.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }
}
