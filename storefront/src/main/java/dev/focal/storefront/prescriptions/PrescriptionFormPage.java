package dev.focal.storefront.prescriptions;

import dev.focal.customers.PrescriptionView;
import dev.focal.customers.RxKind;
import dev.focal.customers.Wearer;
import dev.focal.optics.RxWarning;
import dev.focal.storefront.shell.FormErrors;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Model of the add and change forms. {@code current} is the version being changed (null when adding);
 * {@code formProblem} a message about the whole form, like "changed by someone else".
 */
public record PrescriptionFormPage(PrescriptionForm form, RxKind kind, FormErrors errors, List<RxWarning> warnings,
                                   List<Wearer> wearers, @Nullable PrescriptionView current,
                                   @Nullable String formProblem) {

    public boolean change() {
        return current != null;
    }

    public boolean spectacles() {
        return kind == RxKind.SPECTACLES;
    }

    public String action() {
        return current == null ? "/account/prescriptions" : "/account/prescriptions/" + current.id();
    }

    public String title() {
        String what = kind == RxKind.SPECTACLES ? "glasses prescription" : "contact-lens prescription";
        return current == null ? "Add a " + what : "Change your " + what;
    }

    public @Nullable String error(String key) {
        return errors.get(key);
    }

    /** The warnings about this field, joined; null when there are none. */
    public @Nullable String warning(String key) {
        String text = warnings.stream().filter(w -> w.field().key().equals(key)).map(RxWarning::message)
                .collect(Collectors.joining(" "));
        return text.isEmpty() ? null : text;
    }

    public boolean selected(Wearer wearer) {
        return form.get("wearer").equals(wearer.id().toString());
    }
}
