package dev.focal.catalog;

import dev.focal.catalog.SearchQuery.Facet;
import dev.focal.catalog.SearchQuery.PriceBand;
import java.util.Locale;

/** How facet values read on the storefront: enum names become words, size classes name their eye sizes. */
public final class FacetLabels {

    private FacetLabels() {
    }

    public static String label(Facet facet, String value) {
        return switch (facet) {
            case BRAND, COLOUR -> value;
            case PRICE -> {
                PriceBand band = PriceBand.byKey(value);
                yield band == null ? value : band.label();
            }
            case SIZE -> switch (value) {
                case "SMALL" -> "Small (eye size under 50)";
                case "MEDIUM" -> "Medium (50 to 53)";
                case "LARGE" -> "Large (54 and up)";
                default -> words(value);
            };
            case RIM -> switch (value) {
                case "FULL" -> "Full rim";
                case "SEMI" -> "Semi-rimless";
                case "RIMLESS" -> "Rimless";
                default -> words(value);
            };
            case SHAPE, MATERIAL, GENDER -> value.equals("TR90") ? "TR90" : words(value);
        };
    }

    /** {@code CAT_EYE} reads "Cat eye". */
    public static String words(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
