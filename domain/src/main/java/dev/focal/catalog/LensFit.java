package dev.focal.catalog;

import dev.focal.catalog.FrameSpec.RimType;
import dev.focal.catalog.FrameSpec.Size;
import dev.focal.catalog.LensSpec.LensType;
import dev.focal.optics.Feasibility;
import dev.focal.optics.FrameFit;
import dev.focal.optics.LensDesign;
import dev.focal.optics.LensFeasibility;
import dev.focal.optics.OpticalRx;
import dev.focal.optics.WearerFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optics engine applied to the catalog, for staff: which lens products and frame variants there are, and
 * whether a lens can be made for a prescription in a frame (with every reason and the index advice). Maps catalog
 * data onto the engine's own inputs ({@link LensDesign}, {@link FrameFit}); the engine never sees the catalog.
 */
@Service
@Transactional(readOnly = true)
public class LensFit {

    static final String STAFF = "hasAnyRole('OPTICIAN','ASSOCIATE','ADMIN')";

    private final ProductStore store;
    private final LensFeasibility feasibility = LensFeasibility.standard();

    LensFit(ProductStore store) {
        this.store = store;
    }

    /** A lens product to choose from. */
    public record LensChoice(ProductId id, String code, String name, LensType type, String design) {

        /** "LN-SV Clarity Single Vision (single vision)". */
        public String label() {
            return code + " " + name + " (" + type.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
        }
    }

    /** A frame variant (SKU) to choose from, with the sizes the check needs. */
    public record FrameChoice(String sku, String modelCode, String modelName, String brand, String colour,
                              String sizeMarking, int a, int b, int dbl, int ed, RimType rimType, boolean rxAble) {

        /** "FR-1001-BLK-52-18 Luna, Black, 52□18-140". */
        public String label() {
            return sku + " " + brand + " " + modelName + ", " + colour + ", " + sizeMarking;
        }
    }

    /** The engine's answer with the lens and frame it was asked about. */
    public record FeasibilityAnswer(LensChoice lens, FrameChoice frame, Feasibility feasibility) {

        public boolean makeable() {
            return feasibility.makeable();
        }
    }

    /** A frame SKU or lens code the check was asked about does not exist; {@code field} names the input. */
    public static final class UnknownChoice extends IllegalArgumentException {

        private final String field;

        public UnknownChoice(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** Active lens products, by code. */
    @PreAuthorize(STAFF)
    public List<LensChoice> lenses() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Active frame variants whose SKU, model code or model name contains {@code query}; at most {@code limit}. */
    @PreAuthorize(STAFF)
    public List<FrameChoice> findFrames(String query, int limit) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Whether the lens product {@code lensCode} can be made for {@code rx} in the frame variant {@code frameSku}.
     *
     * @throws UnknownChoice when the frame SKU or lens code is unknown (field {@code frameSku} or {@code lensCode})
     */
    @PreAuthorize(STAFF)
    public FeasibilityAnswer check(OpticalRx rx, String frameSku, String lensCode, WearerFacts facts) {
        throw new UnsupportedOperationException("not yet");
    }
}
