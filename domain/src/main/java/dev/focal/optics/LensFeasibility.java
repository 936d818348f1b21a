package dev.focal.optics;

/**
 * Decides whether a lens design can be made for a prescription in a frame, index by index, with every reason
 * against it; and which index to order. The rules are in {@link LensRules} (data on the classpath).
 */
public final class LensFeasibility {

    private final LensRules rules;

    public LensFeasibility(LensRules rules) {
        this.rules = rules;
    }

    /** With the rule table shipped in {@code optics/lens-rules.csv}. */
    public static LensFeasibility standard() {
        return new LensFeasibility(LensRules.standard());
    }

    public LensRules rules() {
        return rules;
    }

    /** Checks {@code rx} (a contact-lens prescription is always refused) against {@code design} in {@code frame}. */
    public Feasibility check(OpticalRx rx, LensDesign design, FrameFit frame, WearerFacts facts) {
        throw new UnsupportedOperationException("not yet");
    }
}
