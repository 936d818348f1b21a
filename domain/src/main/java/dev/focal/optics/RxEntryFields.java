package dev.focal.optics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Prescription entries as flat text fields named by their {@link RxField} keys ({@code od.sph}, {@code pd.near}),
 * the names storefront forms and the API use. Two keys are not fields of their own: {@code od.prismHBase} and
 * {@code od.prismVBase} (and the {@code os.} pair) hold the base when the prism amount and base are typed apart;
 * when they are absent the prism field may hold both ({@code 2 BI}).
 */
public final class RxEntryFields {

    /** Every key of a spectacle entry, in paper order: right eye, left eye, then measurements. */
    public static final List<String> SPECTACLE_KEYS = spectacleKeys();
    /** Every key of a contact-lens entry, right eye then left. */
    public static final List<String> CONTACT_LENS_KEYS = contactLensKeys();

    private RxEntryFields() {
    }

    private static List<String> spectacleKeys() {
        List<String> keys = new ArrayList<>();
        for (String eye : List.of("od", "os")) {
            for (String part : List.of("sph", "cyl", "axis", "add", "prismH", "prismHBase", "prismV", "prismVBase",
                    "height")) {
                keys.add(eye + "." + part);
            }
        }
        keys.addAll(List.of(RxField.PD.key(), RxField.PD_RIGHT.key(), RxField.PD_LEFT.key(), RxField.PD_NEAR.key(),
                RxField.VERTEX.key()));
        return List.copyOf(keys);
    }

    private static List<String> contactLensKeys() {
        List<String> keys = new ArrayList<>();
        for (String eye : List.of("od", "os")) {
            for (String part : List.of("brand", "sph", "bc", "dia", "cyl", "axis", "add")) {
                keys.add(eye + "." + part);
            }
        }
        return List.copyOf(keys);
    }

    /** The spectacle entry of these fields; a missing key is an empty field. */
    public static RxEntry spectacles(Function<String, @Nullable String> field) {
        return new RxEntry(spectacleEye("od", field), spectacleEye("os", field), field.apply("pd"),
                field.apply("pd.right"), field.apply("pd.left"), field.apply("pd.near"), field.apply("vertex"));
    }

    private static RxEntry.EyeEntry spectacleEye(String eye, Function<String, @Nullable String> field) {
        return new RxEntry.EyeEntry(field.apply(eye + ".sph"), field.apply(eye + ".cyl"), field.apply(eye + ".axis"),
                field.apply(eye + ".add"), field.apply(eye + ".prismH"), field.apply(eye + ".prismHBase"),
                field.apply(eye + ".prismV"), field.apply(eye + ".prismVBase"), field.apply(eye + ".height"));
    }

    /** The contact-lens entry of these fields; a missing key is an empty field. */
    public static ContactLensEntry contactLenses(Function<String, @Nullable String> field) {
        return new ContactLensEntry(contactEye("od", field), contactEye("os", field));
    }

    private static ContactLensEntry.EyeEntry contactEye(String eye, Function<String, @Nullable String> field) {
        return new ContactLensEntry.EyeEntry(field.apply(eye + ".brand"), field.apply(eye + ".sph"),
                field.apply(eye + ".bc"), field.apply(eye + ".dia"), field.apply(eye + ".cyl"),
                field.apply(eye + ".axis"), field.apply(eye + ".add"));
    }

    /** The fields of a spectacle entry by key, empty text for empty fields. */
    public static Map<String, String> of(RxEntry entry) {
        Map<String, String> fields = new LinkedHashMap<>();
        putEye(fields, "od", entry.right());
        putEye(fields, "os", entry.left());
        fields.put("pd", text(entry.pd()));
        fields.put("pd.right", text(entry.pdRight()));
        fields.put("pd.left", text(entry.pdLeft()));
        fields.put("pd.near", text(entry.pdNear()));
        fields.put("vertex", text(entry.vertex()));
        return fields;
    }

    private static void putEye(Map<String, String> fields, String eye, RxEntry.EyeEntry entry) {
        fields.put(eye + ".sph", text(entry.sph()));
        fields.put(eye + ".cyl", text(entry.cyl()));
        fields.put(eye + ".axis", text(entry.axis()));
        fields.put(eye + ".add", text(entry.add()));
        fields.put(eye + ".prismH", text(entry.prismH()));
        fields.put(eye + ".prismHBase", text(entry.prismHBase()));
        fields.put(eye + ".prismV", text(entry.prismV()));
        fields.put(eye + ".prismVBase", text(entry.prismVBase()));
        fields.put(eye + ".height", text(entry.height()));
    }

    /** The fields of a contact-lens entry by key, empty text for empty fields. */
    public static Map<String, String> of(ContactLensEntry entry) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (var eye : List.of(Map.entry("od", entry.right()), Map.entry("os", entry.left()))) {
            ContactLensEntry.EyeEntry e = eye.getValue();
            fields.put(eye.getKey() + ".brand", text(e.brand()));
            fields.put(eye.getKey() + ".sph", text(e.sph()));
            fields.put(eye.getKey() + ".bc", text(e.bc()));
            fields.put(eye.getKey() + ".dia", text(e.dia()));
            fields.put(eye.getKey() + ".cyl", text(e.cyl()));
            fields.put(eye.getKey() + ".axis", text(e.axis()));
            fields.put(eye.getKey() + ".add", text(e.add()));
        }
        return fields;
    }

    /** The fields of a stored prescription, as {@link RxEntry#from} or {@link ContactLensEntry#from} write them. */
    public static Map<String, String> of(OpticalRx rx) {
        return switch (rx) {
            case SpectacleRx spectacles -> of(RxEntry.from(spectacles));
            case ContactLensRx contactLenses -> of(ContactLensEntry.from(contactLenses));
        };
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
