package dev.focal.optics;

import dev.focal.optics.Feasibility.Code;
import dev.focal.optics.Feasibility.IndexAdvice;
import dev.focal.optics.Feasibility.IndexVerdict;
import dev.focal.optics.Feasibility.Reason;
import dev.focal.optics.LensDesign.IndexRange;
import dev.focal.optics.LensDesign.Type;
import dev.focal.optics.LensRules.Requirement;
import dev.focal.optics.RxField.Eye;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a lens design can be made for a prescription in a frame, index by index, with every reason
 * against it, and which index to order. Each rule is one {@link Check}, run on its own or all together; an index is
 * makeable only when no check has a reason against it, and the answer is makeable only when some index the rules
 * allow is. The thresholds are data ({@link LensRules}); see docs/optics.md.
 *
 * <p>Which powers are checked: a bifocal or progressive design takes the prescription as written (in minus-cylinder
 * form); a reading design takes the near powers (sphere + addition) of a multifocal prescription; a single-vision
 * design takes a multifocal prescription only for a stated use (distance: addition left out; intermediate: half of
 * it; near: all of it).
 */
public final class LensFeasibility {

    private static final BigDecimal TWO = BigDecimal.TWO;

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

    /** The rules of the feasibility check, each of which can be run on its own ({@link #run}). */
    public enum Check {
        /** A contact-lens prescription never makes glasses. */
        SPECTACLE_RX,
        /** A non-prescription lens takes no power, addition or prism. */
        PLANO_LENS,
        /** A prescription lens needs a frame made for prescription lenses. */
        FRAME_TAKES_RX,
        /** A multifocal prescription in single-vision lenses needs a stated use. */
        USE,
        /** A multifocal design needs an addition within its range. */
        ADDITION,
        /** The sphere (minus-cylinder form) within the index's range. */
        SPHERE,
        /** The stronger meridian (sphere + cylinder) within the index's range. */
        MERIDIAN,
        /** The cylinder within the index's limit. */
        CYLINDER,
        /** The prescribed prism within the index's limit. */
        PRISM,
        /** The minimum blank size within the largest blank of the index. */
        BLANK,
        /** The fitting height at least the design's minimum. */
        FITTING_HEIGHT_MINIMUM,
        /** The fitting height at most frame B minus the margin. */
        FITTING_HEIGHT_IN_FRAME,
        /** The frame deep enough for the design. */
        FRAME_DEPTH,
        /** The index of a material the wearer and frame allow. */
        MATERIAL
    }

    /**
     * Checks {@code rx} against every index of {@code design} in {@code frame}.
     */
    public Feasibility check(OpticalRx rx, LensDesign design, FrameFit frame, WearerFacts facts) {
        List<Requirement> requirements = rules.requirements(facts, frame);
        List<String> required = rules.requiredIndexes(requirements);
        List<IndexVerdict> verdicts = new ArrayList<>();
        for (IndexRange index : design.indexes()) {
            List<Reason> reasons = new ArrayList<>();
            for (Check check : Check.values()) {
                reasons.addAll(run(check, rx, design, index, frame, facts));
            }
            boolean allowed = run(Check.MATERIAL, rx, design, index, frame, facts).isEmpty();
            verdicts.add(new IndexVerdict(index.index(), index.material(), allowed, reasons.isEmpty(), reasons));
        }
        boolean makeable = verdicts.stream().anyMatch(IndexVerdict::makeable);
        List<Reason> reasons = makeable ? List.of() : overallReasons(rx, design, frame, facts, verdicts, requirements);
        return new Feasibility(makeable, reasons, notes(rx, design), verdicts,
                advice(rx, design, facts, verdicts, requirements, required));
    }

    private List<Reason> overallReasons(OpticalRx rx, LensDesign design, FrameFit frame, WearerFacts facts,
                                        List<IndexVerdict> verdicts, List<Requirement> requirements) {
        var reasons = new LinkedHashSet<Reason>();
        if (design.indexes().isEmpty()) {
            reasons.add(new Reason(Code.NOT_OFFERED, null, null, design.name() + " is not offered in any index."));
        }
        List<IndexVerdict> allowed = verdicts.stream().filter(IndexVerdict::allowed).toList();
        if (allowed.isEmpty() && !verdicts.isEmpty()) {
            String why = requirements.stream().map(Requirement::why).distinct().reduce((a, b) -> a + "; " + b).orElse("");
            reasons.add(new Reason(Code.MATERIAL_REQUIRED, null, null, capitalised(why) + ", and " + design.name()
                    + " is not made in either. Choose a lens offered in polycarbonate or Trivex."));
            for (IndexVerdict verdict : verdicts) {
                verdict.reasons().stream().filter(r -> r.index() == null).forEach(reasons::add);
            }
        }
        for (IndexVerdict verdict : allowed) {
            reasons.addAll(verdict.reasons());
        }
        return List.copyOf(reasons);
    }

    /**
     * The reasons one check has against one index ({@code index} from {@code design}); empty when it passes. The
     * property "never makeable when any single check fails" is tested against this.
     */
    public List<Reason> run(Check check, OpticalRx rx, LensDesign design, IndexRange index, FrameFit frame,
                            WearerFacts facts) {
        if (check == Check.SPECTACLE_RX) {
            return rx instanceof ContactLensRx
                    ? List.of(new Reason(Code.CONTACT_LENS_RX, null, null, "This is a contact-lens prescription. "
                    + "Glasses need a spectacle prescription: the powers differ, so we cannot make glasses from it."))
                    : List.of();
        }
        if (check == Check.MATERIAL) {
            return material(index, frame, facts);
        }
        if (!(rx instanceof SpectacleRx spectacles)) {
            return List.of();
        }
        SpectacleRx lensRx = lensRx(spectacles, design, facts);
        var reasons = new ArrayList<Reason>();
        switch (check) {
            case PLANO_LENS -> plano(spectacles, design, reasons);
            case FRAME_TAKES_RX -> {
                if (!frame.rxAble() && design.type() != Type.NON_PRESCRIPTION) {
                    reasons.add(new Reason(Code.FRAME_NOT_FOR_PRESCRIPTION, null, null, "This frame is not made for "
                            + "prescription lenses. Choose a frame that takes them, or a non-prescription lens."));
                }
            }
            case USE -> {
                if (design.type() == Type.SINGLE_VISION && spectacles.multifocal()
                        && facts.use() == WearerFacts.Use.AS_PRESCRIBED) {
                    reasons.add(new Reason(Code.USE_NOT_GIVEN, null, null, "This prescription has a reading addition "
                            + "(ADD). Single-vision lenses are made for one distance: say whether they are for "
                            + "distance, computer or reading, or choose a progressive or bifocal lens."));
                }
            }
            case ADDITION -> addition(spectacles, design, index, reasons);
            case SPHERE, MERIDIAN, CYLINDER -> {
                if (design.type() != Type.NON_PRESCRIPTION) {
                    for (Eye eye : Eye.values()) {
                        power(check, lensRx.eye(eye).minusCylinderForm(), eye, index, reasons);
                    }
                }
            }
            case PRISM -> {
                for (Eye eye : Eye.values()) {
                    BigDecimal prism = prismMagnitude(lensRx.eye(eye).prism());
                    if (prism.compareTo(index.prismMax()) > 0) {
                        reasons.add(new Reason(Code.PRISM_TOO_STRONG, eye, index.index(), "The " + eye.word()
                                + " eye's prism of " + plain(prism) + " prism diopters is more than "
                                + design.name() + " takes in " + index.index() + " (up to " + plain(index.prismMax())
                                + ")."));
                    }
                }
            }
            case BLANK -> blank(lensRx, spectacles, design, index, frame, reasons);
            case FITTING_HEIGHT_MINIMUM -> {
                if (design.type().multifocal() && index.minFittingHeight() != null) {
                    for (Eye eye : Eye.values()) {
                        FittingHeight height = height(spectacles, eye);
                        if (height != null && height.mm().compareTo(BigDecimal.valueOf(index.minFittingHeight())) < 0) {
                            reasons.add(new Reason(Code.FITTING_HEIGHT_BELOW_MINIMUM, eye, index.index(), "The "
                                    + eye.word() + " fitting height of " + plain(height.mm()) + " mm is below the "
                                    + index.minFittingHeight() + " mm " + design.name() + " needs in " + index.index()
                                    + ": the reading area would not fit. A deeper frame or a short-corridor design helps."));
                        }
                    }
                }
            }
            case FITTING_HEIGHT_IN_FRAME -> {
                if (design.type().multifocal()) {
                    BigDecimal highest = frame.b().subtract(rules.fittingHeightMargin());
                    for (Eye eye : Eye.values()) {
                        FittingHeight height = height(spectacles, eye);
                        if (height != null && height.mm().compareTo(highest) > 0) {
                            reasons.add(new Reason(Code.FITTING_HEIGHT_ABOVE_FRAME, eye, null, "The " + eye.word()
                                    + " fitting height of " + plain(height.mm()) + " mm is more than this frame allows ("
                                    + plain(frame.b()) + " mm deep, so at most " + plain(highest) + " mm). Please "
                                    + "measure it again in this frame."));
                        }
                    }
                }
            }
            case FRAME_DEPTH -> frameDepth(design, index, frame, reasons);
            default -> throw new IllegalStateException(check.name());
        }
        return List.copyOf(reasons);
    }

    /**
     * The powers the lens is made in: near or intermediate powers for reading and single-vision designs when the
     * use says so, the distance powers (addition dropped) for single-vision distance, the prescription itself
     * otherwise. Always in minus-cylinder form.
     */
    public static SpectacleRx lensRx(SpectacleRx rx, LensDesign design, WearerFacts facts) {
        if (!rx.multifocal() || design.type().multifocal() || design.type() == Type.NON_PRESCRIPTION) {
            return rx.minusCylinderForm();
        }
        WearerFacts.Use use = design.type() == Type.READING ? WearerFacts.Use.NEAR : facts.use();
        return switch (use) {
            case NEAR -> Optics.nearRx(rx).minusCylinderForm();
            case INTERMEDIATE -> Optics.intermediateRx(rx).minusCylinderForm();
            case DISTANCE, AS_PRESCRIBED -> new SpectacleRx(rx.right().withAddition(null), rx.left().withAddition(null),
                    rx.pd(), rx.rightHeight(), rx.leftHeight(), rx.vertex()).minusCylinderForm();
        };
    }

    /**
     * Minimum blank size for one eye (DOMAIN.md section 3): decentration d = (A + DBL) / 2 - monocular PD (half the
     * PD when binocular), MBS = ED + 2 |d| + edging allowance. An outward decentration (PD wider than the frame)
     * needs the larger blank just as well, hence |d|.
     */
    public BigDecimal minimumBlankSize(FrameFit frame, BigDecimal monocularPd) {
        BigDecimal d = frame.a().add(frame.dbl()).divide(TWO).subtract(monocularPd);
        return frame.ed().add(d.abs().multiply(TWO)).add(rules.edgingAllowance());
    }

    private void blank(SpectacleRx lensRx, SpectacleRx rx, LensDesign design, IndexRange index, FrameFit frame,
                       List<Reason> reasons) {
        PupillaryDistance pd = rx.pd();
        if (pd == null || index.blankDiameters().isEmpty()) {
            return;
        }
        boolean near = lensRx.pd() != null && rx.multifocal() && !lensRx.multifocal()
                && lensRx.pd().distance().compareTo(pd.distance()) < 0;
        for (Eye eye : Eye.values()) {
            BigDecimal mono = eye == Eye.RIGHT ? pd.rightOrHalf() : pd.leftOrHalf();
            if (near) {
                mono = mono.subtract(pd.distance().subtract(lensRx.pd().distance()).divide(TWO));
            }
            BigDecimal mbs = minimumBlankSize(frame, mono);
            if (mbs.compareTo(BigDecimal.valueOf(index.largestBlank())) > 0) {
                reasons.add(new Reason(Code.BLANK_TOO_SMALL, eye, index.index(), "The " + eye.word() + " lens needs a "
                        + "blank of at least " + plain(mbs) + " mm for this frame and PD, and " + design.name()
                        + " in " + index.index() + " comes in at most " + index.largestBlank() + " mm. A smaller frame "
                        + "or another index helps."));
            }
        }
    }

    private static void plano(SpectacleRx rx, LensDesign design, List<Reason> reasons) {
        if (design.type() != Type.NON_PRESCRIPTION) {
            return;
        }
        for (Eye eye : Eye.values()) {
            EyeRx e = rx.eye(eye);
            if (!e.sphere().isPlano() || !e.cylinder().isNone() || e.addition() != null || e.prism() != null) {
                reasons.add(new Reason(Code.POWER_ON_PLANO_LENS, eye, null, design.name() + " is a non-prescription "
                        + "lens, and the " + eye.word() + " eye has a prescription (" + e + "). Choose a prescription lens."));
            }
        }
    }

    private static void addition(SpectacleRx rx, LensDesign design, IndexRange index, List<Reason> reasons) {
        if (!design.type().multifocal()) {
            return;
        }
        if (!rx.multifocal()) {
            reasons.add(new Reason(Code.ADD_MISSING, null, null, "A " + design.type().words() + " lens needs a "
                    + "prescription with a reading addition (ADD), and this one has none."));
            return;
        }
        if (index.addMin() == null || index.addMax() == null) {
            return;
        }
        for (Eye eye : Eye.values()) {
            BigDecimal add = rx.eye(eye).addition().diopters();
            if (add.compareTo(index.addMin()) < 0 || add.compareTo(index.addMax()) > 0) {
                reasons.add(new Reason(Code.ADD_OUT_OF_RANGE, eye, index.index(), "The " + eye.word() + " eye's "
                        + "addition of " + Diopters.signed(add) + " is outside what " + design.name() + " is made in "
                        + index.index() + " (" + Diopters.signed(index.addMin()) + " to "
                        + Diopters.signed(index.addMax()) + ")."));
            }
        }
    }

    private static void power(Check check, EyeRx eye, Eye side, IndexRange index, List<Reason> reasons) {
        BigDecimal sphere = eye.sphere().diopters();
        String range = "(" + Diopters.signed(index.sphMin()) + " to " + Diopters.signed(index.sphMax()) + ")";
        switch (check) {
            case SPHERE -> {
                if (outside(sphere, index)) {
                    reasons.add(new Reason(Code.SPHERE_OUT_OF_RANGE, side, index.index(), "The " + side.word()
                            + " eye's sphere of " + Diopters.signed(sphere) + " is outside what this lens is made in "
                            + index.index() + " " + range + "."));
                }
            }
            case MERIDIAN -> {
                BigDecimal meridian = sphere.add(eye.cylinder().diopters());
                if (!eye.cylinder().isNone() && outside(meridian, index)) {
                    reasons.add(new Reason(Code.MERIDIAN_OUT_OF_RANGE, side, index.index(), "The " + side.word()
                            + " eye's stronger meridian (" + Diopters.signed(sphere) + " with cylinder "
                            + Diopters.signed(eye.cylinder().diopters()) + " makes " + Diopters.signed(meridian)
                            + ") is outside what this lens is made in " + index.index() + " " + range + "."));
                }
            }
            case CYLINDER -> {
                BigDecimal cyl = eye.cylinder().diopters().abs();
                if (cyl.compareTo(index.cylMax()) > 0) {
                    reasons.add(new Reason(Code.CYLINDER_TOO_STRONG, side, index.index(), "The " + side.word()
                            + " eye's cylinder of " + Diopters.signed(eye.cylinder().diopters()) + " is stronger "
                            + "than this lens is made in " + index.index() + " (up to " + plain(index.cylMax()) + ")."));
                }
            }
            default -> throw new IllegalStateException(check.name());
        }
    }

    private static boolean outside(BigDecimal power, IndexRange index) {
        return power.compareTo(index.sphMin()) < 0 || power.compareTo(index.sphMax()) > 0;
    }

    private void frameDepth(LensDesign design, IndexRange index, FrameFit frame, List<Reason> reasons) {
        if (!design.type().multifocal()) {
            return;
        }
        boolean generalFails = design.type() == Type.PROGRESSIVE && frame.b().compareTo(rules.progressiveMinB()) < 0;
        if (generalFails) {
            reasons.add(new Reason(Code.FRAME_TOO_SHALLOW, null, null, "This frame is " + plain(frame.b())
                    + " mm deep (B); progressive lenses need at least " + plain(rules.progressiveMinB())
                    + " mm so the reading area fits. Choose a deeper frame."));
        }
        if (index.minFittingHeight() != null) {
            BigDecimal needed = BigDecimal.valueOf(index.minFittingHeight()).add(rules.fittingHeightMargin());
            if (frame.b().compareTo(needed) < 0 && !(generalFails && needed.compareTo(rules.progressiveMinB()) <= 0)) {
                reasons.add(new Reason(Code.FRAME_TOO_SHALLOW, null, index.index(), "This frame is "
                        + plain(frame.b()) + " mm deep (B); " + design.name() + " in " + index.index() + " needs at "
                        + "least " + plain(needed) + " mm (its minimum fitting height of " + index.minFittingHeight()
                        + " mm plus " + plain(rules.fittingHeightMargin()) + " mm)."));
            }
        }
    }

    private List<Reason> material(IndexRange index, FrameFit frame, WearerFacts facts) {
        List<Requirement> requirements = rules.requirements(facts, frame);
        List<String> required = rules.requiredIndexes(requirements);
        if (requirements.isEmpty() || required.stream().anyMatch(i -> LensRules.same(i, index.index()))) {
            return List.of();
        }
        String why = requirements.stream().map(Requirement::why).distinct().reduce((a, b) -> a + "; " + b).orElse("");
        return List.of(new Reason(Code.MATERIAL_REQUIRED, null, index.index(), capitalised(why) + "; "
                + index.label() + " is not one of them."));
    }

    private static List<Reason> notes(OpticalRx rx, LensDesign design) {
        if (!(rx instanceof SpectacleRx spectacles)) {
            return List.of();
        }
        var notes = new ArrayList<Reason>();
        if (spectacles.pd() == null && design.type() != Type.NON_PRESCRIPTION) {
            notes.add(new Reason(Code.PD_NOT_MEASURED, null, null, "No PD yet, so the blank size was not checked; "
                    + "it will be once the PD is measured."));
        }
        if (design.type().multifocal()) {
            for (Eye eye : Eye.values()) {
                if (height(spectacles, eye) == null) {
                    notes.add(new Reason(Code.HEIGHT_NOT_MEASURED, eye, null, "No " + eye.word() + " fitting height "
                            + "yet; it is measured in the chosen frame before the lenses are ordered."));
                }
            }
        }
        return List.copyOf(notes);
    }

    private IndexAdvice advice(OpticalRx rx, LensDesign design, WearerFacts facts, List<IndexVerdict> verdicts,
                               List<Requirement> requirements, List<String> required) {
        List<String> allowed = verdicts.stream().filter(IndexVerdict::allowed).map(IndexVerdict::index).toList();
        if (!(rx instanceof SpectacleRx spectacles)) {
            return new IndexAdvice(rules.version(), null, null, allowed, required,
                    "A contact-lens prescription does not make glasses, so no index is advised.");
        }
        SpectacleRx lensRx = lensRx(spectacles, design, facts);
        Eye stronger = lensRx.right().highestMeridian().compareTo(lensRx.left().highestMeridian()) >= 0
                ? Eye.RIGHT : Eye.LEFT;
        String ruleIndex = maxIndex(rules.recommend(lensRx.right()), rules.recommend(lensRx.left()));
        List<String> makeable = verdicts.stream().filter(v -> v.allowed() && v.makeable()).map(IndexVerdict::index)
                .toList();
        Optional<String> atLeast = makeable.stream().filter(i -> compare(i, ruleIndex) >= 0).findFirst();
        Optional<String> below = makeable.stream().filter(i -> compare(i, ruleIndex) < 0).reduce((a, b) -> b);
        String recommended = atLeast.or(() -> below).orElse(null);

        var text = new StringBuilder();
        EyeRx strong = lensRx.eye(stronger);
        text.append("The stronger eye (").append(stronger.word()).append(") has ")
                .append(strong.highestMeridian().setScale(2, RoundingMode.HALF_UP).toPlainString())
                .append(" D in its strongest meridian");
        if (!strong.cylinder().isNone()) {
            text.append(" with ").append(strong.cylinder().diopters().abs().setScale(2, RoundingMode.HALF_UP)
                    .toPlainString()).append(" D cylinder");
        }
        text.append(", for which ").append(rules.version()).append(" recommends ").append(ruleIndex);
        if (!requirements.isEmpty()) {
            text.append("; ").append(requirements.stream().map(Requirement::why).distinct()
                    .reduce((a, b) -> a + "; " + b).orElse(""));
        }
        if (recommended == null) {
            text.append(". Nothing can be made in this combination (see the reasons).");
        } else if (LensRules.same(recommended, ruleIndex)) {
            text.append(", so order ").append(recommended).append('.');
        } else if (compare(recommended, ruleIndex) > 0) {
            text.append(requirements.isEmpty() ? ", which this combination cannot be made in, so order "
                    : ", so order ").append(recommended).append(requirements.isEmpty() ? ", the next thinner index." : ".");
        } else {
            text.append(", which ").append(requirements.isEmpty() ? "cannot be made here" : "is not allowed here")
                    .append(", so ").append(recommended).append(" is the best available (the lenses will be thicker).");
        }
        return new IndexAdvice(rules.version(), ruleIndex, recommended, allowed, required, text.toString());
    }

    private static @Nullable FittingHeight height(SpectacleRx rx, Eye eye) {
        return eye == Eye.RIGHT ? rx.rightHeight() : rx.leftHeight();
    }

    /** The resulting prism of horizontal and vertical parts: sqrt(h² + v²), to 2 decimals. */
    static BigDecimal prismMagnitude(@Nullable Prism prism) {
        if (prism == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal h = prism.horizontal() == null ? BigDecimal.ZERO : prism.horizontal().amount();
        BigDecimal v = prism.vertical() == null ? BigDecimal.ZERO : prism.vertical().amount();
        return h.multiply(h).add(v.multiply(v)).sqrt(MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
    }

    private static String maxIndex(String a, String b) {
        return compare(a, b) >= 0 ? a : b;
    }

    private static int compare(String a, String b) {
        return new BigDecimal(a).compareTo(new BigDecimal(b));
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
