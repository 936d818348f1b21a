package dev.focal.storefront.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.customers.CustomerExceptions.EmailAlreadyRegistered;
import dev.focal.optics.InvalidRx;
import dev.focal.optics.RxField;
import dev.focal.optics.RxProblem;
import dev.focal.shared.PasswordPolicy.WeakPassword;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormErrorsTest {

    final FormErrors errors = new FormErrors();

    @Test
    void any_invalid_input_is_recorded_at_the_fields_it_names() {
        errors.reject(new EmailAlreadyRegistered());
        errors.reject(new InvalidRx(List.of(new RxProblem(RxField.OD_SPH, "Use steps of 0.25."),
                new RxProblem(RxField.PD, "Give the PD."))));

        assertThat(errors.all()).containsExactly(
                Map.entry("email", new EmailAlreadyRegistered().getMessage()),
                Map.entry("od.sph", "Use steps of 0.25."),
                Map.entry("pd", "Give the PD."));
    }

    @Test
    void invalid_input_naming_no_field_concerns_the_whole_form() {
        errors.reject(new WeakPassword("Use at least 10 characters."));

        assertThat(errors.get("form")).isEqualTo("Use at least 10 characters.");
    }
}
