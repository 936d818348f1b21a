package dev.focal.optics;

/** The lens rule table (index recommendation, required materials, frame rules), read from data. */
public final class LensRules {

    public static LensRules standard() {
        throw new UnsupportedOperationException("not yet");
    }

    public String version() {
        return "";
    }
}
