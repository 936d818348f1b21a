package dev.focal.backoffice.customers;

import dev.focal.backoffice.KaribuTest;
import dev.focal.backoffice.ui.ReasonDialog;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import dev.focal.IntegrationTest;
import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.CustomerAuthentication;
import dev.focal.customers.PrescriptionId;
import dev.focal.customers.MyPrescriptions;
import dev.focal.customers.PrescriptionDesk;
import dev.focal.customers.RxKind;
import dev.focal.customers.RxStatus;
import dev.focal.identity.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The verification queue: a customer's uploaded document is a task, shown beside the entry form through a signed
 * link; an optician transcribes and approves it (verified, with the verifier) or rejects it with a required
 * reason; an associate sees it but cannot approve.
 */
@IntegrationTest
class RxVerificationViewTest extends KaribuTest {

    @Autowired
    CustomerAccounts accounts;
    @Autowired
    CustomerAuthentication customerAuthentication;
    @Autowired
    MyPrescriptions myPrescriptions;
    @Autowired
    PrescriptionDesk desk;

    RxDeskFixtures.Account customer;

    @BeforeEach
    void aCustomerOfOurOwn() {
        customer = RxDeskFixtures.customer(accounts, "verify");
    }

    PrescriptionId uploaded(String fileName, byte[] content) {
        RxDeskFixtures.signInAsCustomer(customerAuthentication, customer.email());
        var wearer = myPrescriptions.wearers().getFirst();
        return myPrescriptions.upload(null, wearer.id(), RxKind.SPECTACLES, fileName, content);
    }

    @Test
    void the_queue_shows_the_uploaded_document_and_approving_makes_it_verified_by_the_optician() {
        PrescriptionId id = uploaded("my-rx.pdf", RxDeskFixtures.pdf());
        String optician = "verify-optician-" + customer.token();
        signInAs(optician, Role.OPTICIAN);
        UI.getCurrent().navigate(RxVerificationQueueView.class);
        var queue = _get(RxVerificationQueueView.class);
        var tasks = GridKt._findAll(queue.grid);
        assertThat(tasks).anySatisfy(t -> {
            assertThat(t.id()).isEqualTo(id);
            assertThat(t.customerName()).isEqualTo(customer.name());
            assertThat(t.documents()).isEqualTo(1);
        });
        for (int i = 1; i < tasks.size(); i++) {
            assertThat(tasks.get(i).submittedAt()).as("oldest first").isAfterOrEqualTo(tasks.get(i - 1).submittedAt());
        }

        int row = tasks.stream().map(t -> t.id()).toList().indexOf(id);
        GridKt._clickItem(queue.grid, row);
        var task = _get(RxVerificationView.class);
        assertThat(task.shownUrl).startsWith("/rx-documents/").contains("signature=");
        assertThat(_find(task.viewer, IFrame.class)).singleElement()
                .satisfies(frame -> assertThat(frame.getSrc()).isEqualTo(task.shownUrl));
        assertThat(task.openInTab.getHref()).isEqualTo(task.shownUrl);
        assertThat(task.approve.isVisible()).isTrue();

        var rx = task.form.spectacles;
        rx.right.sph.setValue("-1,75");
        rx.right.cyl.setValue("-0.25");
        rx.right.axis.setValue("x90");
        rx.left.sph.setValue("-1.50");
        rx.pd.setValue("62");
        task.form.issuedOn.setValue(LocalDate.now().minusWeeks(1));
        task.form.prescriber.setValue("Dr. Okafor");
        task.confirmed.setValue(true);
        _click(task.approve);

        var verified = desk.prescription(id);
        assertThat(verified.status()).isEqualTo(RxStatus.VERIFIED);
        assertThat(verified.verifiedBy()).isEqualTo(optician);
        assertThat(verified.spectacles().right().axis().degrees()).isEqualTo(90);
        assertThat(verified.prescriber()).isEqualTo("Dr. Okafor");
        assertThat(desk.verificationQueue()).noneMatch(t -> t.id().equals(id));
    }

    @Test
    void a_bad_transcription_is_shown_at_its_field_and_nothing_is_verified() {
        PrescriptionId id = uploaded("photo.png", RxDeskFixtures.png());
        signInAs("verify-typo", Role.OPTICIAN);
        RxNavigation.toVerification(id);
        var task = _get(RxVerificationView.class);
        assertThat(_find(task.viewer, Image.class)).hasSize(1);

        task.form.spectacles.right.sph.setValue("-2.25");
        task.form.spectacles.left.sph.setValue("-2.25");
        task.form.spectacles.left.axis.setValue("200");
        task.form.issuedOn.setValue(LocalDate.now().minusDays(2));
        _click(task.approve);

        assertThat(task.form.spectacles.left.axis.isInvalid()).isTrue();
        assertThat(desk.prescription(id).status()).isEqualTo(RxStatus.AWAITING_VERIFICATION);
    }

    @Test
    void after_a_stale_approval_approving_again_verifies_the_typed_values_and_shows_the_new_document() {
        PrescriptionId id = uploaded("first.png", RxDeskFixtures.png());
        signInAs("verify-retry", Role.OPTICIAN);
        RxNavigation.toVerification(id);
        var task = _get(RxVerificationView.class);

        // meanwhile a colleague scans the paper at the counter: a new version, still awaiting verification
        var current = desk.prescription(id);
        desk.uploadDocument(current.customer(), id, current.wearer(), RxKind.SPECTACLES, "scan.pdf",
                RxDeskFixtures.pdf());

        task.form.spectacles.right.sph.setValue("-2.25");
        task.form.spectacles.left.sph.setValue("-2.00");
        task.form.spectacles.pd.setValue("62");
        task.form.issuedOn.setValue(LocalDate.now().minusDays(2));
        _click(task.approve);
        assertThat(task.changedBanner.isVisible()).isTrue();
        assertThat(desk.prescription(id).status()).isEqualTo(RxStatus.AWAITING_VERIFICATION);
        assertThat(task.form.spectacles.right.sph.getValue()).isEqualTo("-2.25");
        assertThat(task.documentChoice.getListDataView().getItems()).extracting(d -> d.fileName()).contains("scan.pdf");

        _click(task.approve);
        var verified = desk.prescription(id);
        assertThat(verified.status()).isEqualTo(RxStatus.VERIFIED);
        assertThat(verified.spectacles().right().sphere().diopters()).isEqualByComparingTo("-2.25");
    }

    @Test
    void rejecting_requires_a_reason_that_the_prescription_keeps() {
        PrescriptionId id = uploaded("blurry.png", RxDeskFixtures.png());
        signInAs("verify-rejecter", Role.ADMIN);
        RxNavigation.toVerification(id);
        var task = _get(RxVerificationView.class);

        _click(task.reject);
        var dialog = _get(ReasonDialog.class);
        _click(dialog.confirm);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(desk.prescription(id).status()).isEqualTo(RxStatus.AWAITING_VERIFICATION);

        dialog.reason.setValue("The photo is blurred: please upload a sharper one.");
        _click(dialog.confirm);
        var rejected = desk.prescription(id);
        assertThat(rejected.status()).isEqualTo(RxStatus.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("The photo is blurred: please upload a sharper one.");
    }

    @Test
    void an_associate_sees_the_task_but_cannot_approve_it() {
        PrescriptionId id = uploaded("my-rx.pdf", RxDeskFixtures.pdf());
        signInAs("verify-associate", Role.ASSOCIATE);
        UI.getCurrent().navigate(RxVerificationQueueView.class);
        assertThat(GridKt._findAll(_get(RxVerificationQueueView.class).grid)).anyMatch(t -> t.id().equals(id));

        RxNavigation.toVerification(id);
        var task = _get(RxVerificationView.class);
        assertThat(task.approve.isVisible()).isFalse();
        assertThat(task.reject.isVisible()).isFalse();
        assertThat(task.form.spectacles.right.sph.isReadOnly()).isTrue();
        assertThat(task.hint.getText()).contains("Only an optician");
        assertThat(task.shownUrl).as("the document can still be looked at").isNotNull();

        var current = desk.prescription(id);
        assertThatThrownBy(() -> desk.reject(id, current.lockVersion(), "not mine to reject"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
