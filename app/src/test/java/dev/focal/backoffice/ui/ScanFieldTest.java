package dev.focal.backoffice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import dev.focal.backoffice.ui.ScanField.Kind;
import dev.focal.backoffice.ui.ScanField.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scan field on its own (no Spring): Enter hands over the code, duplicates within a second are dropped. */
class ScanFieldTest {

    private final List<String> scanned = new ArrayList<>();
    private final Scanner.Time time = new Scanner.Time();
    private ScanField field;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        field = new ScanField("Scan").setClock(time).onScan(code -> {
            scanned.add(code);
            return code.startsWith("X") ? Outcome.refused("Unknown code " + code) : Outcome.accepted("Got " + code);
        });
        UI.getCurrent().add(field);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void enter_hands_over_the_trimmed_code_and_clears_the_field() {
        Scanner.scan(field, "  4006381333931 ");

        assertThat(scanned).containsExactly("4006381333931");
        assertThat(field.input().getValue()).isEmpty();
        assertThat(field.statusText()).isEqualTo("Got 4006381333931");
        assertThat(field.lastOutcome()).map(Outcome::kind).contains(Kind.ACCEPTED);
    }

    @Test
    void the_same_code_within_a_second_is_ignored_and_accepted_again_after_it() {
        Scanner.scan(field, "ABC-1");
        time.advance(Duration.ofMillis(600));
        Scanner.scan(field, "ABC-1");
        assertThat(scanned).containsExactly("ABC-1");

        time.advance(Duration.ofMillis(400));
        Scanner.scan(field, "ABC-1");
        assertThat(scanned).containsExactly("ABC-1", "ABC-1");
    }

    @Test
    void a_different_code_within_the_second_counts() {
        Scanner.scan(field, "ABC-1");
        Scanner.scan(field, "ABC-2");
        Scanner.scan(field, "ABC-1");

        assertThat(scanned).containsExactly("ABC-1", "ABC-2", "ABC-1");
    }

    @Test
    void empty_input_is_not_a_scan() {
        Scanner.scan(field, "   ");

        assertThat(scanned).isEmpty();
        assertThat(field.lastOutcome()).isEmpty();
    }

    @Test
    void a_refusal_is_shown_under_the_field() {
        Scanner.scan(field, "X-42");

        assertThat(field.lastOutcome()).map(Outcome::kind).contains(Kind.REFUSED);
        assertThat(field.statusText()).isEqualTo("Unknown code X-42");
    }

    @Test
    void a_failing_listener_becomes_a_refusal_instead_of_an_error_page() {
        field.onScan(code -> {
            throw new IllegalStateException("Nothing to count against.");
        });

        Scanner.scan(field, "ABC-1");

        assertThat(field.lastOutcome()).contains(Outcome.refused("Nothing to count against."));
    }

    @Test
    void the_camera_button_stays_hidden_until_the_browser_says_it_can_detect_barcodes() {
        assertThat(field.cameraButton().isVisible()).isFalse();
    }

    @Test
    void closing_a_dialog_given_to_the_field_does_not_fail() {
        var dialog = new Dialog();
        field.refocusAfter(dialog);
        dialog.open();
        dialog.close();
        assertThat(dialog.isOpened()).isFalse();
    }
}
