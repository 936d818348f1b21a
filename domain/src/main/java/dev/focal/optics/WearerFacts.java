package dev.focal.optics;

/**
 * What is known about the wearer and the use of the glasses that changes which lenses may be made: children,
 * safety and sports glasses need impact-resistant material (polycarbonate or Trivex, by the rule table); and for a
 * prescription with a reading addition made in single-vision lenses, which distance they are for.
 */
public record WearerFacts(boolean child, boolean safety, boolean sports, Use use) {

    /** An adult, everyday glasses, made as prescribed. */
    public static final WearerFacts ADULT = new WearerFacts(false, false, false, Use.AS_PRESCRIBED);

    /**
     * What the glasses are for. A multifocal prescription (with an addition) can make single-vision glasses only for
     * one distance: far ({@link #DISTANCE}, the addition is left out), near ({@link #NEAR}, sphere + addition) or
     * the computer ({@link #INTERMEDIATE}, sphere + half the addition).
     */
    public enum Use { AS_PRESCRIBED, DISTANCE, INTERMEDIATE, NEAR }

    public WearerFacts withUse(Use newUse) {
        return new WearerFacts(child, safety, sports, newUse);
    }
}
