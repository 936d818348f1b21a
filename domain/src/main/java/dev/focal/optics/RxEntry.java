package dev.focal.optics;

import dev.focal.optics.RxField.Eye;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A spectacle prescription as typed into a form that mirrors the paper: one row per eye (SPH, CYL, AXIS, ADD,
 * prism) and the measurements. Every value is text exactly as entered; {@link #read()} turns it into a
 * {@link SpectacleRx} or a problem per field, so the same rules serve the storefront, the backoffice and the API.
 *
 * <p>PD is either {@code pd} (binocular, or {@code 31.5/32} monocular in one field) or {@code pdRight} and
 * {@code pdLeft}; {@code pdNear} is optional (distance PD - 3 when empty).
 */
public record RxEntry(EyeEntry right, EyeEntry left, @Nullable String pd, @Nullable String pdRight,
                      @Nullable String pdLeft, @Nullable String pdNear, @Nullable String vertex) {

    /**
     * One eye's row. Prism is typed as an amount and a base per direction ({@code 2} + {@code BI}); a base alone
     * or an amount alone is a problem at the field.
     */
    public record EyeEntry(@Nullable String sph, @Nullable String cyl, @Nullable String axis, @Nullable String add,
                           @Nullable String prismH, @Nullable String prismHBase, @Nullable String prismV,
                           @Nullable String prismVBase, @Nullable String height) {

        public static EyeEntry of(@Nullable String sph, @Nullable String cyl, @Nullable String axis,
                                  @Nullable String add) {
            return new EyeEntry(sph, cyl, axis, add, null, null, null, null, null);
        }

        /** The entry that reads back as {@code eye}, for editing a stored prescription. */
        public static EyeEntry from(EyeRx eye, @Nullable FittingHeight height) {
            Prism prism = eye.prism();
            Prism.Part h = prism == null ? null : prism.horizontal();
            Prism.Part v = prism == null ? null : prism.vertical();
            return new EyeEntry(Diopters.signed(eye.sphere().diopters()),
                    eye.cylinder().isNone() ? "" : Diopters.signed(eye.cylinder().diopters()),
                    eye.axis() == null ? "" : Integer.toString(eye.axis().degrees()),
                    eye.addition() == null ? "" : eye.addition().toString(),
                    h == null ? "" : h.amount().toPlainString(), h == null ? "" : h.base().code(),
                    v == null ? "" : v.amount().toPlainString(), v == null ? "" : v.base().code(),
                    height == null ? "" : height.toString());
        }
    }

    /** A form showing {@code rx} as stored, for amending it. */
    public static RxEntry from(SpectacleRx rx) {
        PupillaryDistance pd = rx.pd();
        return new RxEntry(EyeEntry.from(rx.right(), rx.rightHeight()), EyeEntry.from(rx.left(), rx.leftHeight()),
                pd == null || pd.monocular() ? "" : plain(pd.binocular()),
                pd == null || !pd.monocular() ? "" : plain(pd.right()),
                pd == null || !pd.monocular() ? "" : plain(pd.left()),
                pd == null || pd.near() == null ? "" : plain(pd.near()),
                Integer.toString(rx.vertex().mm()));
    }

    /** Reads every field; never throws for bad input. */
    public RxReading<SpectacleRx> read() {
        Problems problems = new Problems();
        EyeRx od = readEye(right, Eye.RIGHT, problems);
        EyeRx os = readEye(left, Eye.LEFT, problems);
        if (od != null && os != null && (od.addition() == null) != (os.addition() == null)) {
            Eye missing = od.addition() == null ? Eye.RIGHT : Eye.LEFT;
            problems.add(RxField.OD_ADD.forEye(missing), "Enter the addition for the " + missing.word()
                    + " eye too (it is usually the same), or remove the other one.");
        }
        PupillaryDistance distance = readPd(problems);
        FittingHeight odHeight = blank(right.height()) ? null
                : problems.read(RxField.OD_HEIGHT, right.height(), FittingHeight::of);
        FittingHeight osHeight = blank(left.height()) ? null
                : problems.read(RxField.OS_HEIGHT, left.height(), FittingHeight::of);
        VertexDistance vd = blank(vertex) ? VertexDistance.STANDARD
                : problems.read(RxField.VERTEX, vertex, VertexDistance::of);
        if (!problems.list.isEmpty() || od == null || os == null) {
            return new RxReading<>(null, problems.list, List.of());
        }
        SpectacleRx rx = new SpectacleRx(od, os, distance, odHeight, osHeight, vd == null ? VertexDistance.STANDARD : vd);
        return new RxReading<>(rx, List.of(), rx.warnings());
    }

    private static @Nullable EyeRx readEye(EyeEntry entry, Eye eye, Problems problems) {
        int before = problems.list.size();
        Sphere sphere = blank(entry.sph())
                ? problems.missing(RxField.OD_SPH.forEye(eye), "Enter the sphere (SPH), or PL for plano.")
                : problems.read(RxField.OD_SPH.forEye(eye), entry.sph(), Sphere::of);
        Cylinder cylinder = blank(entry.cyl()) ? Cylinder.NONE
                : problems.read(RxField.OD_CYL.forEye(eye), entry.cyl(), Cylinder::of);
        Axis axis = blank(entry.axis()) ? null : problems.read(RxField.OD_AXIS.forEye(eye), entry.axis(), Axis::of);
        if (cylinder != null && !cylinder.isNone() && axis == null && blank(entry.axis())) {
            problems.add(RxField.OD_AXIS.forEye(eye), "A cylinder needs an axis (1 to 180).");
        }
        if (cylinder != null && cylinder.isNone() && axis != null) {
            problems.add(RxField.OD_AXIS.forEye(eye),
                    "An axis goes with a cylinder: enter the cylinder, or leave the axis empty.");
        }
        Addition addition = blank(entry.add()) ? null
                : problems.read(RxField.OD_ADD.forEye(eye), entry.add(), Addition::of);
        Prism.Part horizontal = readPrismPart(entry.prismH(), entry.prismHBase(), RxField.OD_PRISM_H.forEye(eye),
                true, problems);
        Prism.Part vertical = readPrismPart(entry.prismV(), entry.prismVBase(), RxField.OD_PRISM_V.forEye(eye),
                false, problems);
        if (problems.list.size() > before || sphere == null || cylinder == null) {
            return null;
        }
        Prism prism = horizontal == null && vertical == null ? null : new Prism(horizontal, vertical);
        return new EyeRx(sphere, cylinder, axis, addition, prism);
    }

    private static Prism.@Nullable Part readPrismPart(@Nullable String amount, @Nullable String base, RxField field,
                                                      boolean horizontal, Problems problems) {
        if (blank(amount) && blank(base)) {
            return null;
        }
        if (blank(amount)) {
            problems.add(field, "Enter the prism amount for base " + base.strip() + ", like 1.00.");
            return null;
        }
        Prism.Part part = problems.read(field, amount, a -> blank(base) ? Prism.Part.of(a) : Prism.Part.of(a, base));
        if (part != null && part.base().horizontal() != horizontal) {
            problems.add(field, horizontal ? "Horizontal prism has base in (BI) or base out (BO)."
                    : "Vertical prism has base up (BU) or base down (BD).");
            return null;
        }
        return part;
    }

    private @Nullable PupillaryDistance readPd(Problems problems) {
        if (blank(pd) && blank(pdRight) && blank(pdLeft)) {
            if (!blank(pdNear)) {
                problems.add(RxField.PD, "Enter the distance PD as well as the near PD.");
            }
            return null;
        }
        BigDecimal right = blank(pdRight) ? null : problems.read(RxField.PD_RIGHT, pdRight, v -> mm(v, "Right PD"));
        BigDecimal left = blank(pdLeft) ? null : problems.read(RxField.PD_LEFT, pdLeft, v -> mm(v, "Left PD"));
        BigDecimal near = blank(pdNear) ? null : problems.read(RxField.PD_NEAR, pdNear, v -> mm(v, "Near PD"));
        if ((right == null) != (left == null) && blank(pd)) {
            problems.add(right == null ? RxField.PD_RIGHT : RxField.PD_LEFT, "Enter both monocular PDs, right and left.");
            return null;
        }
        PupillaryDistance parsed = null;
        if (!blank(pd)) {
            parsed = problems.read(RxField.PD, pd, PupillaryDistance::of);
            if (parsed == null) {
                return null;
            }
        }
        BigDecimal binocular = parsed == null ? null : parsed.binocular();
        BigDecimal r = right != null ? right : parsed == null ? null : parsed.right();
        BigDecimal l = left != null ? left : parsed == null ? null : parsed.left();
        BigDecimal n = near != null ? near : parsed == null ? null : parsed.near();
        RxField where = right != null ? RxField.PD_RIGHT : near != null ? RxField.PD_NEAR : RxField.PD;
        return problems.read(where, "", ignored -> new PupillaryDistance(binocular, r, l, n));
    }

    private static BigDecimal mm(String input, String what) {
        BigDecimal value = Diopters.number(input.strip().replaceFirst("(?i)\\s*mm$", ""));
        if (value == null || value.signum() <= 0) {
            throw new IllegalArgumentException(what + " is a number of millimetres like 31.5.");
        }
        return value;
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** Collects one problem per field. */
    static final class Problems {
        final List<RxProblem> list = new ArrayList<>();

        <T> @Nullable T read(RxField field, @Nullable String input, Function<String, T> reader) {
            try {
                return reader.apply(input == null ? "" : input);
            } catch (IllegalArgumentException problem) {
                add(field, problem.getMessage());
                return null;
            }
        }

        <T> @Nullable T missing(RxField field, String message) {
            add(field, message);
            return null;
        }

        void add(RxField field, String message) {
            if (list.stream().noneMatch(p -> p.field() == field)) {
                list.add(new RxProblem(field, message));
            }
        }
    }
}
