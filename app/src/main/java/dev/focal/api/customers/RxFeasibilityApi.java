package dev.focal.api.customers;

import dev.focal.api.core.ApiInputException;
import dev.focal.catalog.FrameOption;
import dev.focal.catalog.LensFit;
import dev.focal.catalog.FeasibilityAnswer;
import dev.focal.catalog.LensOption;
import dev.focal.optics.Feasibility;
import dev.focal.optics.RxEntry;
import dev.focal.optics.RxEntry.EyeEntry;
import dev.focal.optics.RxField.Eye;
import dev.focal.optics.RxReading;
import dev.focal.optics.SpectacleRx;
import dev.focal.optics.WearerFacts;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff feasibility check (OPTICIAN, ASSOCIATE, ADMIN): a prescription typed as on paper, a frame SKU and a
 * lens product code in; makeable or not, every reason, the verdict per index and the index advice with the version
 * of the rule table out. The prescription is read by the same {@link RxEntry} as every form, so a bad value is a 400
 * problem naming its field ({@code od.sph}, {@code pd}, ...).
 */
@RestController
@RequestMapping("/api/v1/rx")
class RxFeasibilityApi {

    private final LensFit lensFit;

    RxFeasibilityApi(LensFit lensFit) {
        this.lensFit = lensFit;
    }

    /** The request: {@code rx} with {@code od}/{@code os} rows and measurements, the frame, the lens, the wearer. */
    record FeasibilityRequest(@Nullable RxBody rx, @Nullable String frameSku, @Nullable String lensCode,
                              @Nullable Wearer wearer) {
    }

    /** A prescription as typed; every value is text, exactly as written on the paper. */
    record RxBody(@Nullable EyeBody od, @Nullable EyeBody os, @Nullable String pd, @Nullable String pdRight,
                  @Nullable String pdLeft, @Nullable String pdNear, @Nullable String vertex) {
    }

    /**
     * One eye's row: prism as an amount with its base ({@code prismH: "2", prismHBase: "BI"}) or in one field
     * ({@code prismH: "2 BI"}); {@code height} is the fitting or segment height in mm.
     */
    record EyeBody(@Nullable String sph, @Nullable String cyl, @Nullable String axis, @Nullable String add,
                   @Nullable String prismH, @Nullable String prismHBase, @Nullable String prismV,
                   @Nullable String prismVBase, @Nullable String height) {

        EyeEntry entry() {
            return new EyeEntry(sph, cyl, axis, add, prismH, prismHBase, prismV, prismVBase, height);
        }
    }

    /** Who wears the glasses and what for; {@code use} is AS_PRESCRIBED, DISTANCE, INTERMEDIATE or NEAR. */
    record Wearer(@Nullable Boolean child, @Nullable Boolean safety, @Nullable Boolean sports, @Nullable String use) {
    }

    record FeasibilityResponse(boolean makeable, String rx, LensOption lens, FrameOption frame,
                               List<ReasonView> reasons, List<ReasonView> notes, List<IndexView> indexes,
                               Feasibility.IndexAdvice advice, List<WarningView> warnings) {
    }

    /** A reason: stable code, eye ({@code OD}, {@code OS} or null for both), index (null for every index), message. */
    record ReasonView(Feasibility.Code code, @Nullable String eye, @Nullable String index, String message) {

        static ReasonView of(Feasibility.Reason reason) {
            Eye eye = reason.eye();
            return new ReasonView(reason.code(), eye == null ? null : eye.code(), reason.index(), reason.message());
        }
    }

    record IndexView(String index, String material, boolean allowed, boolean makeable, List<ReasonView> reasons) {
    }

    record WarningView(String field, String message) {
    }

    @PostMapping("/feasibility")
    FeasibilityResponse check(@RequestBody FeasibilityRequest request) {
        RxBody body = request.rx();
        if (body == null) {
            throw new ApiInputException("rx", "Give the prescription as rx: {od: {sph, cyl, axis, add, ...}, os: {...}, pd}.");
        }
        EyeBody od = body.od() == null ? new EyeBody(null, null, null, null, null, null, null, null, null) : body.od();
        EyeBody os = body.os() == null ? new EyeBody(null, null, null, null, null, null, null, null, null) : body.os();
        RxReading<SpectacleRx> reading = new RxEntry(od.entry(), os.entry(), body.pd(), body.pdRight(), body.pdLeft(),
                body.pdNear(), body.vertex()).read();
        SpectacleRx rx = reading.orElseThrow();
        FeasibilityAnswer answer = lensFit.check(rx, request.frameSku() == null ? "" : request.frameSku(),
                request.lensCode() == null ? "" : request.lensCode(), facts(request.wearer()));
        Feasibility f = answer.feasibility();
        return new FeasibilityResponse(f.makeable(), rx.toString(), answer.lens(), answer.frame(),
                f.reasons().stream().map(ReasonView::of).toList(), f.notes().stream().map(ReasonView::of).toList(),
                f.indexes().stream().map(v -> new IndexView(v.index(), v.material(), v.allowed(), v.makeable(),
                        v.reasons().stream().map(ReasonView::of).toList())).toList(),
                f.advice(), reading.warnings().stream().map(w -> new WarningView(w.field().key(), w.message())).toList());
    }

    private static WearerFacts facts(@Nullable Wearer wearer) {
        if (wearer == null) {
            return WearerFacts.ADULT;
        }
        WearerFacts.Use use = WearerFacts.Use.AS_PRESCRIBED;
        if (wearer.use() != null && !wearer.use().isBlank()) {
            try {
                use = WearerFacts.Use.valueOf(wearer.use().strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new ApiInputException("wearer.use", "Unknown use '" + wearer.use()
                        + "'. Use AS_PRESCRIBED, DISTANCE, INTERMEDIATE or NEAR.");
            }
        }
        return new WearerFacts(Boolean.TRUE.equals(wearer.child()), Boolean.TRUE.equals(wearer.safety()),
                Boolean.TRUE.equals(wearer.sports()), use);
    }
}
