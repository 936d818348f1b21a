package dev.focal.catalog;

import dev.focal.catalog.CatalogExceptions.InvalidProduct;
import dev.focal.catalog.ContactLensSpec.Modality;
import dev.focal.catalog.FrameSpec.Colour;
import dev.focal.catalog.FrameSpec.Size;
import dev.focal.catalog.LensSpec.Availability;
import dev.focal.catalog.LensSpec.CoatingOption;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules a product must meet before it is stored, in one place for editors, imports and the API. {@link
 * #check} returns the draft normalised (trimmed, codes upper-case, variants generated) or throws {@link
 * InvalidProduct} naming the field of the first problem.
 */
final class ProductRules {

    static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{1,39}$");
    static final Pattern SKU = Pattern.compile("^[A-Z0-9][A-Z0-9-]{1,63}$");
    private static final Pattern COLOUR_CODE = Pattern.compile("^[A-Z0-9]{1,20}$");
    private static final Pattern SWATCH = Pattern.compile("^#[0-9a-f]{6}$");
    private static final Pattern TAX_CLASS = Pattern.compile("^[A-Z][A-Z0-9_]{1,63}$");
    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    private ProductRules() {
    }

    static ProductDraft check(ProductDraft draft) {
        if (draft.category() == null) {
            throw new InvalidProduct("category", "Choose a category.");
        }
        String code = upper(draft.code());
        if (!CODE.matcher(code).matches()) {
            throw new InvalidProduct("code", "Use 2 to 40 capital letters, digits or dashes, like FR-1001.");
        }
        String name = text(draft.name(), "name", "a name", 200);
        String brand = text(draft.brand(), "brand", "the brand", 100);
        String description = draft.description() == null ? "" : draft.description().strip();
        if (description.length() > 5000) {
            throw new InvalidProduct("description", "Keep the description under 5,000 characters.");
        }
        String taxClass = upper(draft.taxClass());
        if (!TAX_CLASS.matcher(taxClass).matches()) {
            throw new InvalidProduct("taxClass", "Enter a tax class such as STANDARD.");
        }
        var kind = draft.category().kind();
        FrameSpec frame = null;
        LensSpec lens = null;
        ContactLensSpec contactLens = null;
        List<Variant> variants;
        switch (kind) {
            case FRAME -> {
                frame = frame(draft.frame(), draft.category());
                variants = frameVariants(code, frame, draft.variants());
            }
            case LENS -> {
                lens = lens(draft.lens());
                variants = List.of();
            }
            case CONTACT_LENS -> {
                contactLens = contactLens(draft.contactLens());
                variants = single(code, draft.variants());
            }
            default -> variants = single(code, draft.variants());
        }
        return new ProductDraft(draft.category(), code, name, brand, description, taxClass, frame, lens, contactLens,
                variants);
    }

    private static FrameSpec frame(@Nullable FrameSpec frame, Category category) {
        if (frame == null) {
            throw new InvalidProduct("frame", "A frame needs its shape, material, colours and sizes.");
        }
        require(frame.shape(), "shape", "Choose a shape.");
        require(frame.material(), "material", "Choose a material.");
        require(frame.rimType(), "rimType", "Choose a rim type.");
        require(frame.gender(), "gender", "Choose who the frame is for.");
        require(frame.ageGroup(), "ageGroup", "Choose an age group.");
        require(frame.faceWidth(), "faceWidth", "Choose a face width.");
        if (frame.colours().isEmpty()) {
            throw new InvalidProduct("colours", "Add at least one colour.");
        }
        if (frame.sizes().isEmpty()) {
            throw new InvalidProduct("sizes", "Add at least one size.");
        }
        var colours = new ArrayList<Colour>();
        var codes = new HashSet<String>();
        for (int i = 0; i < frame.colours().size(); i++) {
            Colour c = frame.colours().get(i);
            String field = "colours[" + i + "]";
            String colourCode = upper(c.code());
            if (!COLOUR_CODE.matcher(colourCode).matches()) {
                throw new InvalidProduct(field + ".code", "A colour code is 1 to 20 capital letters or digits, like BLK.");
            }
            if (!codes.add(colourCode)) {
                throw new InvalidProduct(field + ".code", "The colour code " + colourCode + " is used twice.");
            }
            String swatch = c.swatch() == null ? "" : c.swatch().strip().toLowerCase(Locale.ROOT);
            if (!SWATCH.matcher(swatch).matches()) {
                throw new InvalidProduct(field + ".swatch", "A swatch is a colour like #1a2b3c.");
            }
            BigDecimal surcharge = c.surcharge() == null ? BigDecimal.ZERO : c.surcharge();
            if (surcharge.signum() < 0 || surcharge.scale() > 2) {
                throw new InvalidProduct(field + ".surcharge", "A colour surcharge is zero or more, in cents at most.");
            }
            colours.add(new Colour(colourCode, text(c.name(), field + ".name", "the colour name", 60), swatch,
                    surcharge));
        }
        var keys = new HashSet<String>();
        for (int i = 0; i < frame.sizes().size(); i++) {
            Size s = frame.sizes().get(i);
            String field = "sizes[" + i + "]";
            range(s.a(), 30, 80, field + ".a", "A (eye size)");
            range(s.b(), 15, 70, field + ".b", "B (lens depth)");
            range(s.dbl(), 10, 30, field + ".dbl", "DBL (bridge)");
            range(s.ed(), 30, 90, field + ".ed", "ED (effective diameter)");
            range(s.temple(), 100, 170, field + ".temple", "The temple length");
            if (s.ed() < s.a() || s.ed() < s.b()) {
                throw new InvalidProduct(field + ".ed", "ED is the longest diagonal: it cannot be less than A or B.");
            }
            if (!keys.add(s.key())) {
                throw new InvalidProduct(field, "The size " + s.marking() + " is listed twice.");
            }
        }
        var powers = new ArrayList<BigDecimal>();
        if (category == Category.READERS) {
            if (frame.readerPowers().isEmpty()) {
                throw new InvalidProduct("readerPowers", "Readers need the powers they are sold in, like +1.50.");
            }
            for (BigDecimal power : frame.readerPowers()) {
                if (power == null || power.compareTo(new BigDecimal("0.50")) < 0
                        || power.compareTo(new BigDecimal("4.00")) > 0
                        || power.remainder(QUARTER).signum() != 0) {
                    throw new InvalidProduct("readerPowers", "Reader powers run from +0.50 to +4.00 in 0.25 steps.");
                }
                BigDecimal p = power.setScale(2);
                if (powers.contains(p)) {
                    throw new InvalidProduct("readerPowers", "The power +" + p + " is listed twice.");
                }
                powers.add(p);
            }
        } else if (!frame.readerPowers().isEmpty()) {
            throw new InvalidProduct("readerPowers", "Only readers have fixed powers.");
        }
        boolean rxAble = category == Category.EYEGLASSES || (category == Category.SUNGLASSES && frame.rxAble());
        return new FrameSpec(frame.shape(), frame.material(), frame.rimType(), frame.gender(), frame.ageGroup(),
                frame.faceWidth(), rxAble, colours, frame.sizes(), powers);
    }

    private static List<Variant> frameVariants(String code, FrameSpec frame, List<Variant> given) {
        var sizes = new LinkedHashMap<String, Size>();
        frame.sizes().forEach(s -> sizes.put(s.key(), s));
        List<BigDecimal> powers = frame.readerPowers().isEmpty() ? java.util.Collections.singletonList(null)
                : frame.readerPowers();
        if (given.isEmpty()) {
            var generated = new ArrayList<Variant>();
            for (Colour colour : frame.colours()) {
                for (Size size : frame.sizes()) {
                    for (BigDecimal power : powers) {
                        generated.add(new Variant(generatedSku(code, colour.code(), size, power), colour.code(),
                                size.key(), power, null, Variant.Status.ACTIVE));
                    }
                }
            }
            return variants(generated, sizes, frame, true);
        }
        return variants(given, sizes, frame, true);
    }

    static String generatedSku(String code, String colour, Size size, @Nullable BigDecimal power) {
        String sku = code + "-" + colour + "-" + size.a() + "-" + size.dbl();
        if (power != null) {
            sku += "-P" + power.movePointRight(2).intValue();
        }
        return sku;
    }

    private static List<Variant> variants(List<Variant> given, Map<String, Size> sizes, @Nullable FrameSpec frame,
                                          boolean isFrame) {
        var result = new ArrayList<Variant>();
        var skus = new HashSet<String>();
        var combos = new HashSet<String>();
        var barcodes = new HashSet<String>();
        for (int i = 0; i < given.size(); i++) {
            Variant v = given.get(i);
            String field = "variants[" + i + "]";
            String sku = upper(v.sku());
            if (!SKU.matcher(sku).matches()) {
                throw new InvalidProduct(field + ".sku", "A SKU is 2 to 64 capital letters, digits or dashes.");
            }
            if (!skus.add(sku)) {
                throw new InvalidProduct(field + ".sku", "The SKU " + sku + " is used twice.");
            }
            String colour = v.colourCode() == null ? null : upper(v.colourCode());
            String size = v.sizeKey() == null ? null : v.sizeKey().strip();
            BigDecimal power = v.readerPower() == null ? null : v.readerPower().setScale(2);
            if (isFrame && frame != null) {
                if (colour == null || frame.colours().stream().noneMatch(c -> c.code().equals(colour))) {
                    throw new InvalidProduct(field + ".colour", "SKU " + sku + " names colour " + colour
                            + ", which the model does not have.");
                }
                if (size == null || !sizes.containsKey(size)) {
                    throw new InvalidProduct(field + ".size", "SKU " + sku + " names size " + size
                            + ", which the model does not have (write sizes as A-DBL-temple, like 52-18-140).");
                }
                if (frame.readerPowers().isEmpty() != (power == null)
                        || (power != null && !frame.readerPowers().contains(power))) {
                    throw new InvalidProduct(field + ".readerPower", frame.readerPowers().isEmpty()
                            ? "Only readers have a power." : "SKU " + sku + " needs one of the model's powers.");
                }
                if (!combos.add(colour + "/" + size + "/" + power)) {
                    throw new InvalidProduct(field, "Colour " + colour + " in size " + size
                            + (power == null ? "" : " at +" + power) + " has two SKUs.");
                }
            }
            String barcode = v.barcode() == null || v.barcode().isBlank() ? null : v.barcode().strip();
            if (barcode != null) {
                if (!validGtin(barcode)) {
                    throw new InvalidProduct(field + ".barcode", "The barcode " + barcode
                            + " is not a valid EAN-13 or UPC-A (12 or 13 digits with a correct check digit).");
                }
                if (!barcodes.add(barcode)) {
                    throw new InvalidProduct(field + ".barcode", "The barcode " + barcode + " is used twice.");
                }
            }
            result.add(new Variant(sku, colour, size, power, barcode,
                    v.status() == null ? Variant.Status.ACTIVE : v.status()));
        }
        return result;
    }

    private static List<Variant> single(String code, List<Variant> given) {
        if (given.size() > 1) {
            throw new InvalidProduct("variants", "This kind of product has a single SKU.");
        }
        Variant v = given.isEmpty() ? new Variant(code, null, null, null, null, Variant.Status.ACTIVE) : given.getFirst();
        if (v.colourCode() != null || v.sizeKey() != null || v.readerPower() != null) {
            throw new InvalidProduct("variants[0]", "Only frames have colours, sizes and powers.");
        }
        return variants(List.of(v), Map.of(), null, false);
    }

    private static LensSpec lens(@Nullable LensSpec lens) {
        if (lens == null) {
            throw new InvalidProduct("lens", "A lens product needs its type, design and availability.");
        }
        require(lens.type(), "type", "Choose a lens type.");
        String design = text(lens.design(), "design", "the design", 100);
        if (lens.availability().isEmpty()) {
            throw new InvalidProduct("availability", "Add at least one index to the availability matrix.");
        }
        var indexes = new HashSet<String>();
        var rows = new ArrayList<Availability>();
        for (int i = 0; i < lens.availability().size(); i++) {
            Availability a = lens.availability().get(i);
            String field = "availability[" + i + "]";
            String index = a.index() == null ? "" : a.index().strip();
            if (!LensSpec.INDEXES.contains(index)) {
                throw new InvalidProduct(field + ".index", "Choose an index: " + String.join(", ", LensSpec.INDEXES) + ".");
            }
            if (!indexes.add(index)) {
                throw new InvalidProduct(field + ".index", "Index " + index + " is listed twice.");
            }
            String material = text(a.material(), field + ".material", "the material", 20);
            diopters(a.sphMin(), field + ".sphMin", "SPH from", -30, 20);
            diopters(a.sphMax(), field + ".sphMax", "SPH to", -30, 20);
            if (a.sphMin().compareTo(a.sphMax()) > 0) {
                throw new InvalidProduct(field + ".sphMax", "The SPH range must run from low to high.");
            }
            diopters(a.cylMax(), field + ".cylMax", "The largest cylinder", 0, 10);
            if (lens.type().multifocal()) {
                if (a.addMin() == null || a.addMax() == null) {
                    throw new InvalidProduct(field + ".addMin", "A " + lens.type().name().toLowerCase(Locale.ROOT)
                            + " lens needs its ADD range.");
                }
                diopters(a.addMin(), field + ".addMin", "ADD from", 0.5, 4);
                diopters(a.addMax(), field + ".addMax", "ADD to", 0.5, 4);
                if (a.addMin().compareTo(a.addMax()) > 0) {
                    throw new InvalidProduct(field + ".addMax", "The ADD range must run from low to high.");
                }
                if (a.minFittingHeight() == null || a.minFittingHeight() < 10 || a.minFittingHeight() > 30) {
                    throw new InvalidProduct(field + ".minFittingHeight",
                            "A multifocal lens needs a minimum fitting height between 10 and 30 mm.");
                }
            } else if (a.addMin() != null || a.addMax() != null || a.minFittingHeight() != null) {
                throw new InvalidProduct(field + ".addMin", "Only bifocal and progressive lenses have an ADD range and"
                        + " a minimum fitting height.");
            }
            if (a.prismMax() == null || a.prismMax().signum() < 0 || a.prismMax().compareTo(BigDecimal.TEN) > 0) {
                throw new InvalidProduct(field + ".prismMax", "The prism limit lies between 0 and 10 prism diopters.");
            }
            if (a.blankDiameters().isEmpty()) {
                throw new InvalidProduct(field + ".blankDiameters", "Add the blank diameters, like 65, 70, 75.");
            }
            for (Integer d : a.blankDiameters()) {
                if (d == null || d < 50 || d > 90) {
                    throw new InvalidProduct(field + ".blankDiameters", "Blank diameters lie between 50 and 90 mm.");
                }
            }
            if (a.leadTimeDays() < 0 || a.leadTimeDays() > 60) {
                throw new InvalidProduct(field + ".leadTimeDays", "The lead time lies between 0 and 60 days.");
            }
            rows.add(new Availability(index, material, a.sphMin(), a.sphMax(), a.cylMax(), a.addMin(), a.addMax(),
                    a.prismMax(), a.blankDiameters().stream().distinct().sorted().toList(), a.minFittingHeight(),
                    a.stockLens(), a.leadTimeDays()));
        }
        var coatings = new ArrayList<CoatingOption>();
        var seen = new HashSet<Coating>();
        for (CoatingOption option : lens.coatings()) {
            if (!seen.add(option.coating())) {
                throw new InvalidProduct("coatings", option.coating().label() + " is listed twice.");
            }
            coatings.add(option);
        }
        List<String> conflicts = Coating.conflicts(coatings.stream().filter(CoatingOption::included)
                .map(CoatingOption::coating).toList());
        if (!conflicts.isEmpty()) {
            throw new InvalidProduct("coatings", "Included coatings conflict: " + conflicts.getFirst());
        }
        return new LensSpec(lens.type(), design, rows, coatings);
    }

    private static ContactLensSpec contactLens(@Nullable ContactLensSpec cl) {
        if (cl == null) {
            throw new InvalidProduct("contactLens", "A contact lens needs its modality, pack size and parameters.");
        }
        Modality modality = require(cl.modality(), "modality", "Choose a modality.");
        if (cl.packSize() < 1 || cl.packSize() > 180) {
            throw new InvalidProduct("packSize", "A pack holds 1 to 180 lenses.");
        }
        if (cl.baseCurves().isEmpty()) {
            throw new InvalidProduct("baseCurves", "Add the base curves, like 8.6.");
        }
        for (BigDecimal bc : cl.baseCurves()) {
            if (bc.compareTo(new BigDecimal("7.0")) < 0 || bc.compareTo(new BigDecimal("10.0")) > 0) {
                throw new InvalidProduct("baseCurves", "Base curves lie between 7.0 and 10.0 mm.");
            }
        }
        if (cl.diameters().isEmpty()) {
            throw new InvalidProduct("diameters", "Add the diameters, like 14.2.");
        }
        for (BigDecimal d : cl.diameters()) {
            if (d.compareTo(new BigDecimal("12.0")) < 0 || d.compareTo(new BigDecimal("16.0")) > 0) {
                throw new InvalidProduct("diameters", "Diameters lie between 12.0 and 16.0 mm.");
            }
        }
        diopters(cl.sphMin(), "sphMin", "SPH from", -20, 20);
        diopters(cl.sphMax(), "sphMax", "SPH to", -20, 20);
        if (cl.sphMin().compareTo(cl.sphMax()) > 0) {
            throw new InvalidProduct("sphMax", "The SPH range must run from low to high.");
        }
        if (cl.toric() == cl.cylinders().isEmpty()) {
            throw new InvalidProduct("cylinders", cl.toric() ? "A toric lens needs its cylinders, like -0.75, -1.25."
                    : "Only toric lenses have cylinders.");
        }
        if (cl.multifocal() == cl.additions().isEmpty()) {
            throw new InvalidProduct("additions", cl.multifocal() ? "A multifocal lens needs its additions, like LOW, MED,"
                    + " HIGH." : "Only multifocal lenses have additions.");
        }
        return new ContactLensSpec(modality, cl.packSize(), cl.baseCurves(), cl.diameters(), cl.sphMin(), cl.sphMax(),
                cl.toric(), cl.cylinders(), cl.multifocal(),
                cl.additions().stream().map(a -> a.strip().toUpperCase(Locale.ROOT)).toList());
    }

    /** EAN-13 or UPC-A with a correct GS1 check digit. */
    static boolean validGtin(String code) {
        if (!code.matches("^[0-9]{12,13}$")) {
            return false;
        }
        int sum = 0;
        int len = code.length();
        for (int i = 0; i < len - 1; i++) {
            int digit = code.charAt(len - 2 - i) - '0';
            sum += (i % 2 == 0) ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10 == code.charAt(len - 1) - '0';
    }

    /** Completes a 12-digit body (EAN-13) or 11-digit body (UPC-A) with its check digit. */
    static String withCheckDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            sum += (i % 2 == 0) ? digit * 3 : digit;
        }
        return body + (10 - sum % 10) % 10;
    }

    private static <T> T require(@Nullable T value, String field, String message) {
        if (value == null) {
            throw new InvalidProduct(field, message);
        }
        return value;
    }

    private static String upper(@Nullable String value) {
        return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    }

    private static String text(@Nullable String value, String field, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidProduct(field, "Enter " + what + ".");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidProduct(field, "Keep " + what + " under " + (max + 1) + " characters.");
        }
        return stripped;
    }

    private static void range(int value, int min, int max, String field, String what) {
        if (value < min || value > max) {
            throw new InvalidProduct(field, what + " must be between " + min + " and " + max + " mm.");
        }
    }

    private static void diopters(@Nullable BigDecimal value, String field, String what, double min, double max) {
        if (value == null) {
            throw new InvalidProduct(field, "Enter " + what + ".");
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InvalidProduct(field, what + " must lie between " + min + " and " + max + ".");
        }
        if (value.remainder(QUARTER).signum() != 0) {
            throw new InvalidProduct(field, what + " goes in 0.25 steps.");
        }
    }

    static Set<String> sizeKeys(FrameSpec frame) {
        var keys = new HashSet<String>();
        frame.sizes().forEach(s -> keys.add(s.key()));
        return keys;
    }
}
