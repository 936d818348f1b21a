package dev.focal.storefront.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The colour a product without a photo is drawn in (the glasses outline placeholder). */
final class Placeholder {

    private static final Map<String, String> COLOURS = Map.ofEntries(Map.entry("black", "#1b1b1b"),
            Map.entry("tortoise", "#6b3e1f"), Map.entry("havana", "#8a5a2b"), Map.entry("crystal", "#9fb3bb"),
            Map.entry("navy", "#1f2f52"), Map.entry("gold", "#c9a43a"), Map.entry("silver", "#8d9499"),
            Map.entry("rose", "#c98b87"), Map.entry("olive", "#5b6b3a"), Map.entry("burgundy", "#6d1f2a"),
            Map.entry("grey", "#6f7377"), Map.entry("honey", "#c8913d"));

    private Placeholder() {
    }

    static String colourFor(List<String> colourNames) {
        return colourNames.isEmpty() ? "#12436b"
                : COLOURS.getOrDefault(colourNames.getFirst().toLowerCase(Locale.ROOT), "#12436b");
    }
}
