package dev.focal.backoffice.ui;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNoNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.textfield.TextField;
import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.optics.InvalidRx;
import dev.focal.optics.RxField;
import dev.focal.optics.RxProblem;
import dev.focal.shared.PasswordPolicy.WeakPassword;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    final TextField sku = new TextField("SKU");
    final TextField sph = new TextField("Right SPH");
    final FieldErrors errors = new FieldErrors();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        errors.bind("sku", sku).bind("od.sph", sph);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void any_invalid_input_is_shown_at_the_field_it_names() {
        errors.show(new InvalidStockInput("sku", "No SKU FR-9."));

        assertThat(sku.isInvalid()).isTrue();
        assertThat(sku.getErrorMessage()).isEqualTo("No SKU FR-9.");
        expectNoNotifications();
    }

    @Test
    void a_field_the_form_does_not_have_or_no_field_becomes_a_notification() {
        errors.show(new InvalidStockInput("location", "No location WH9."));
        expectNotifications("No location WH9.");

        errors.show(new WeakPassword("Use at least 10 characters."));
        expectNotifications("Use at least 10 characters.");
        assertThat(sku.isInvalid()).isFalse();
    }

    @Test
    void several_fields_are_marked_each_and_the_rest_told_in_one_notification() {
        errors.show(new InvalidRx(List.of(new RxProblem(RxField.OD_SPH, "Use steps of 0.25."),
                new RxProblem(RxField.PD, "Give the PD."), new RxProblem(RxField.VERTEX, "Between 8 and 20 mm."))));

        assertThat(sph.isInvalid()).isTrue();
        assertThat(sph.getErrorMessage()).isEqualTo("Use steps of 0.25.");
        expectNotifications("Give the PD. Between 8 and 20 mm.");
    }
}
