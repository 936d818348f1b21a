package dev.focal.backoffice.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import dev.focal.IntegrationTest;
import dev.focal.backoffice.KaribuTest;
import dev.focal.identity.Role;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Background jobs shows where a prescription key rotation stands, and admins start the re-encryption there. */
@IntegrationTest
class JobsViewKeyRotationTest extends KaribuTest {

    @Autowired
    StorageProvider jobs;

    @BeforeEach
    void open() {
        signInAs("jobs-admin", Role.ADMIN);
        UI.getCurrent().navigate(JobsView.class);
    }

    @Test
    void the_key_rotation_state_is_shown_and_the_button_enqueues_the_re_encryption() {
        var view = _get(JobsView.class);
        assertThat(view.rxKey.getText()).startsWith("Prescription key: Every prescription and document is "
                + "encrypted with the current key");

        _click(_get(Button.class, spec -> spec.withText("Re-encrypt prescriptions")));

        var message = NotificationsKt.getNotifications().getLast().getElement().getProperty("text", "");
        assertThat(message).startsWith("Re-encryption with the current prescription key started (job ");
        var id = java.util.UUID.fromString(message.substring(message.indexOf("(job ") + 5, message.indexOf(")")));
        assertThat(jobs.getJobById(id).getJobName())
                .isEqualTo("Re-encrypt prescriptions and documents with the current key (started by jobs-admin)");
    }
}
