package dev.focal.storefront.prescriptions;

import dev.focal.customers.PrescriptionDraft;
import dev.focal.customers.PrescriptionView;
import dev.focal.customers.RxKind;
import dev.focal.customers.WearerId;
import dev.focal.optics.RxEntryFields;
import dev.focal.optics.RxWarning;
import dev.focal.storefront.shell.FormErrors;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dev.focal.optics.OpticalRx;
import dev.focal.optics.RxProblem;
import dev.focal.optics.RxReading;
import org.jspecify.annotations.Nullable;

/**
 * The prescription form as posted, every value as typed. Input names are the {@link dev.focal.optics.RxField}
 * keys ({@code od.sph}, {@code pd.near}) plus the fields of the prescription around the values, so a problem
 * found by the optics engine lands at the input that holds it. Mutable for binding; {@link #read} turns it into
 * the values of a draft or a message per field.
 */
public class PrescriptionForm {

    static final String NEW_WEARER = "new";
    static final int MAX_PRESCRIBER = 200;
    static final int MAX_NOTES = 2000;
    private static final List<String> OTHER_KEYS = List.of("wearer", "kind", "issuedOn", "expiresOn", "prescriber",
            "notes", "newWearerName", "newWearerBirthDate", "lockVersion");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT);

    private final Map<String, String> values = new LinkedHashMap<>();

    /** The known fields of posted parameters; anything else is ignored. */
    static PrescriptionForm of(Map<String, String> parameters) {
        var form = new PrescriptionForm();
        for (String key : allKeys()) {
            String value = parameters.get(key);
            if (value != null) {
                form.set(key, value);
            }
        }
        return form;
    }

    static PrescriptionForm blank(RxKind kind, @Nullable WearerId wearer) {
        var form = new PrescriptionForm();
        form.set("kind", kind.name());
        form.set("wearer", wearer == null ? "" : wearer.toString());
        return form;
    }

    /** The stored version as the form shows it for a change. */
    static PrescriptionForm from(PrescriptionView view) {
        var form = blank(view.kind(), view.wearer());
        if (view.rx() != null) {
            RxEntryFields.of(view.rx()).forEach(form::set);
        }
        form.set("issuedOn", view.issuedOn().toString());
        form.set("expiresOn", view.expiryFromPolicy() ? "" : view.expiresOn().toString());
        form.set("prescriber", view.prescriber() == null ? "" : view.prescriber());
        form.set("notes", view.notes() == null ? "" : view.notes());
        form.set("lockVersion", Long.toString(view.lockVersion()));
        return form;
    }

    private static List<String> allKeys() {
        List<String> keys = new ArrayList<>(OTHER_KEYS);
        keys.addAll(RxEntryFields.SPECTACLE_KEYS);
        for (String key : RxEntryFields.CONTACT_LENS_KEYS) {
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The value as typed, empty when absent. */
    public String get(String key) {
        return values.getOrDefault(key, "");
    }

    void set(String key, @Nullable String value) {
        values.put(key, value == null ? "" : value);
    }

    public boolean newWearer() {
        return NEW_WEARER.equals(get("wearer"));
    }

    /** The kind asked for; spectacles when missing or unknown. */
    public RxKind kind() {
        return kindOf(get("kind"));
    }

    static RxKind kindOf(String text) {
        try {
            return RxKind.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            return RxKind.SPECTACLES;
        }
    }

    long lockVersion() {
        try {
            return Long.parseLong(get("lockVersion").strip());
        } catch (NumberFormatException missing) {
            return -1;
        }
    }

    /**
     * Reads every field: the values through the optics engine ({@code RxEntry.read()} or
     * {@code ContactLensEntry.read()}), the dates, prescriber and notes, and a new family member's name and birth
     * date. Never throws for bad input: each problem is recorded at its field.
     */
    Reading read(LocalDate today) {
        var errors = new FormErrors();
        List<RxWarning> warnings = List.of();
        OpticalRx rx = null;
        RxReading<? extends OpticalRx> reading = kind() == RxKind.CONTACT_LENSES
                ? RxEntryFields.contactLenses(this::get).read()
                : RxEntryFields.spectacles(this::get).read();
        for (RxProblem problem : reading.problems()) {
            errors.reject(problem.field().key(), problem.message());
        }
        if (reading.valid()) {
            rx = reading.rx();
            warnings = reading.warnings();
        }
        LocalDate issued = date("issuedOn", "the issue date", true, errors);
        LocalDate expires = date("expiresOn", "the expiry date", false, errors);
        for (var problem : PrescriptionDraft.dateProblems(issued, expires, today)) {
            errors.reject(problem.field(), problem.getMessage());
        }
        String prescriber = text("prescriber", MAX_PRESCRIBER, "the prescriber", errors);
        String notes = text("notes", MAX_NOTES, "notes", errors);
        if (newWearer()) {
            String name = get("newWearerName").strip();
            if (name.isEmpty()) {
                errors.reject("newWearerName", "Enter the name of the person who wears the glasses.");
            } else if (name.length() > 100) {
                errors.reject("newWearerName", "Use at most 100 characters for the name.");
            }
            LocalDate born = date("newWearerBirthDate", "the birth date", false, errors);
            if (born != null && born.isAfter(today)) {
                errors.reject("newWearerBirthDate", "The birth date cannot be in the future.");
            }
        }
        return new Reading(rx, issued, expires, prescriber, notes, errors, warnings);
    }

    @Nullable LocalDate newWearerBirthDate() {
        return parseDate(get("newWearerBirthDate"));
    }

    private @Nullable LocalDate date(String key, String what, boolean required, FormErrors errors) {
        String text = get(key).strip();
        if (text.isEmpty()) {
            if (required) {
                errors.reject(key, "Enter " + what + ", as written on the prescription.");
            }
            return null;
        }
        LocalDate date = parseDate(text);
        if (date == null) {
            errors.reject(key, "Enter " + what + " like 2026-03-14 (year, month, day).");
        } else if (date.getYear() < 1900) {
            errors.reject(key, "Check the year of " + what + ".");
            return null;
        }
        return date;
    }

    /** An ISO date as date inputs send it, or day.month.year as typed where date inputs are not supported. */
    static @Nullable LocalDate parseDate(String text) {
        String t = text.strip();
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException notIso) {
            try {
                return LocalDate.parse(t, DAY_MONTH_YEAR);
            } catch (DateTimeParseException notEither) {
                return null;
            }
        }
    }

    private @Nullable String text(String key, int max, String what, FormErrors errors) {
        String text = get(key).strip();
        if (text.length() > max) {
            errors.reject(key, "Use at most " + max + " characters for " + what + ".");
        }
        return text.isEmpty() ? null : text;
    }

    /** The form read: values ready for a draft when {@code errors} is empty. */
    record Reading(@Nullable OpticalRx rx, @Nullable LocalDate issuedOn, @Nullable LocalDate expiresOn,
                   @Nullable String prescriber, @Nullable String notes, FormErrors errors, List<RxWarning> warnings) {

        boolean valid() {
            return !errors.any() && rx != null && issuedOn != null;
        }
    }
}
