package dev.focal.catalog;

import dev.focal.optics.Feasibility;

/** The optics engine's answer with the lens and frame it was asked about. */
public record FeasibilityAnswer(LensOption lens, FrameOption frame, Feasibility feasibility) {

    public boolean makeable() {
        return feasibility.makeable();
    }
}
