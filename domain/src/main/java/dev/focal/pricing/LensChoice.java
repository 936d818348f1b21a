package dev.focal.pricing;

import java.util.Set;

/** The lenses ordered with a frame: product, index, coatings, and the Rx facts that drive surcharges. */
public record LensChoice(String lensProductId, String index, Set<String> coatings, RxFacts rx) {

    public LensChoice {
        coatings = Set.copyOf(coatings);
    }
}
