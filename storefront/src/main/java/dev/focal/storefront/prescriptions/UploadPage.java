package dev.focal.storefront.prescriptions;

import dev.focal.customers.PrescriptionView;
import dev.focal.customers.Wearer;
import dev.focal.storefront.shell.FormErrors;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Model of the document upload: to an existing prescription ({@code attachTo}) or as a new one for an optician to
 * transcribe, for a wearer and kind.
 */
public record UploadPage(List<Wearer> wearers, @Nullable PrescriptionView attachTo, PrescriptionForm form,
                         FormErrors errors) {

    public boolean selected(Wearer wearer) {
        return form.get("wearer").equals(wearer.id().toString());
    }
}
