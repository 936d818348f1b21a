package dev.focal.optics;

import dev.focal.optics.RxField.Eye;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer to "can this lens be made for this prescription in this frame, and in which index": makeable or not,
 * every reason why not (each with a stable code, the eye and index it concerns, and a message fit to show a
 * customer), notes that do not block (a value not measured yet), the verdict per index of the lens, and the index
 * advice from the rule table with its version.
 *
 * <p>Makeable means at least one index that the rules allow has no reason against it. When makeable, {@code reasons}
 * is empty; the per-index verdicts still say why other indexes were ruled out.
 */
public record Feasibility(boolean makeable, List<Reason> reasons, List<Reason> notes, List<IndexVerdict> indexes,
                          IndexAdvice advice) {

    public Feasibility {
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
        indexes = List.copyOf(indexes);
        if (makeable && !reasons.isEmpty()) {
            throw new IllegalArgumentException("A makeable answer has no reasons against it.");
        }
    }

    /**
     * Why a lens cannot be made (or, for notes, what to look at). {@code eye} is null when it concerns both eyes or
     * the frame; {@code index} is null when it holds for every index of the lens.
     */
    public record Reason(Code code, @Nullable Eye eye, @Nullable String index, String message) {
    }

    /** Stable codes for reasons and notes: APIs, screens and tests key on them, never on messages. */
    public enum Code {
        /** A contact-lens prescription can never make glasses. */
        CONTACT_LENS_RX,
        /** A non-prescription (plano) lens was chosen for a prescription with power or prism. */
        POWER_ON_PLANO_LENS,
        /** The sphere (minus-cylinder form) is outside the index's range. */
        SPHERE_OUT_OF_RANGE,
        /** The stronger principal meridian (sphere + cylinder) is outside the index's range. */
        MERIDIAN_OUT_OF_RANGE,
        /** The cylinder is stronger than the index can be made in. */
        CYLINDER_TOO_STRONG,
        /** A bifocal or progressive lens needs a prescription with a reading addition. */
        ADD_MISSING,
        /** The addition is outside the design's range. */
        ADD_OUT_OF_RANGE,
        /** A prescription with an addition in single-vision lenses: say whether they are for distance or near. */
        USE_NOT_GIVEN,
        /** The prescribed prism is stronger than the index can be made with. */
        PRISM_TOO_STRONG,
        /** The minimum blank size exceeds every blank diameter of the index. */
        BLANK_TOO_SMALL,
        /** The fitting or segment height is below the design's minimum. */
        FITTING_HEIGHT_BELOW_MINIMUM,
        /** The fitting height is above frame B minus the margin: the reading area would be cut off. */
        FITTING_HEIGHT_ABOVE_FRAME,
        /** The frame does not take prescription lenses (some sunglasses and readers); only a non-prescription lens fits. */
        FRAME_NOT_FOR_PRESCRIPTION,
        /** The frame is not deep enough (B) for the design's reading area. */
        FRAME_TOO_SHALLOW,
        /** The wearer or frame requires polycarbonate or Trivex and this index is neither. */
        MATERIAL_REQUIRED,
        /** The lens product has no index on offer at all. */
        NOT_OFFERED,
        /** Note: no PD, so the blank size could not be checked. */
        PD_NOT_MEASURED,
        /** Note: no fitting height yet, so the height rules could not be checked. */
        HEIGHT_NOT_MEASURED
    }

    /** One index of the lens: whether the rules allow it, whether it can be made, and every reason against it. */
    public record IndexVerdict(String index, String material, boolean allowed, boolean makeable, List<Reason> reasons) {

        public IndexVerdict {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * The index advice: {@code ruleIndex} is what the power table recommends (null for a contact-lens Rx), {@code recommended} the index to
     * order (the lowest makeable allowed index that meets the recommendation, preferring the recommended one;
     * null when nothing can be made), {@code allowed} the indexes the rules allow for this wearer and frame,
     * {@code required} the materials the rules require (empty when none), {@code explanation} one sentence saying
     * why, and {@code ruleVersion} the version of the rule table that gave it.
     */
    public record IndexAdvice(String ruleVersion, @Nullable String ruleIndex, @Nullable String recommended, List<String> allowed,
                              List<String> required, String explanation) {

        public IndexAdvice {
            allowed = List.copyOf(allowed);
            required = List.copyOf(required);
        }
    }
}
