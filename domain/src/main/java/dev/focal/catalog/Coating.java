package dev.focal.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Lens coatings and treatments, with the pairs that cannot be combined on one lens: a photochromic lens darkens
 * by itself, so it takes neither a fixed tint nor a polarising film; a polarised lens carries its own tint.
 */
public enum Coating {
    ANTI_REFLECTIVE("Anti-reflective"),
    BLUE_FILTER("Blue filter"),
    PHOTOCHROMIC("Photochromic"),
    TINT("Tint"),
    POLARISED("Polarised"),
    SCRATCH("Scratch-resistant"),
    UV("UV protection");

    private static final List<Set<Coating>> CONFLICTS = List.of(
            EnumSet.of(PHOTOCHROMIC, TINT), EnumSet.of(PHOTOCHROMIC, POLARISED), EnumSet.of(POLARISED, TINT));

    private final String label;

    Coating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The conflicting pairs within a choice, each as "A cannot be combined with B"; empty when the choice is fine. */
    public static List<String> conflicts(Collection<Coating> chosen) {
        var problems = new ArrayList<String>();
        for (Set<Coating> pair : CONFLICTS) {
            if (chosen.containsAll(pair)) {
                var it = pair.iterator();
                problems.add(it.next().label + " cannot be combined with " + it.next().label.toLowerCase() + ".");
            }
        }
        return problems;
    }
}
