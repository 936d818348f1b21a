package dev.focal.backoffice.customers;

import dev.focal.backoffice.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import dev.focal.IntegrationTest;
import dev.focal.audit.AuditAction;
import dev.focal.audit.AuditFilter;
import dev.focal.audit.AuditLog;
import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.PrescriptionDraft;
import dev.focal.customers.PrescriptionId;
import dev.focal.customers.PrescriptionView;
import dev.focal.customers.PrescriptionDesk;
import dev.focal.customers.RxKind;
import dev.focal.customers.RxSource;
import dev.focal.customers.RxStatus;
import dev.focal.customers.Wearer;
import dev.focal.identity.Role;
import dev.focal.optics.Sphere;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The prescription desk: finding a customer, entering a prescription from paper as people type it, a bad value
 * shown at its field with nothing saved, amending into version 2 with the changed cell marked in the history, a
 * stale amendment refused with the typed values kept, and every opening of a prescription audited.
 */
@IntegrationTest
class PrescriptionDeskTest extends KaribuTest {

    @Autowired
    CustomerAccounts accounts;
    @Autowired
    PrescriptionDesk desk;
    @Autowired
    AuditLog audit;

    RxDeskFixtures.Account customer;

    @BeforeEach
    void aCustomerOfOurOwn() {
        customer = RxDeskFixtures.customer(accounts, "desk");
    }

    PrescriptionId enteredByStaff(String odSph) {
        Wearer holder = desk.wearersOf(customer.id()).getFirst();
        return desk.enter(customer.id(), PrescriptionDraft.spectacles(holder.id(),
                        RxDeskFixtures.spectacles(odSph, "-0.50", "180", "-1.75", "63"), LocalDate.now().minusMonths(2))
                .withPrescriber("Dr. Iris Lentz"), RxSource.STAFF_ENTERED);
    }

    @Test
    void customer_search_finds_a_customer_by_part_of_the_name_or_e_mail_and_opens_them() {
        signInAs("desk-associate", Role.ASSOCIATE);
        enteredByStaff("-2.00");
        UI.getCurrent().navigate(CustomersView.class);
        var view = _get(CustomersView.class);

        view.search.setValue(customer.token().substring(0, 10).toUpperCase());
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        var found = GridKt._get(view.grid, 0);
        assertThat(found.id()).isEqualTo(customer.id());
        assertThat(found.prescriptions()).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains(customer.name(), customer.email());

        view.search.setValue(customer.token() + "@rxdesk");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);

        GridKt._clickItem(view.grid, 0);
        var opened = _get(CustomerView.class);
        assertThat(opened.title.getText()).isEqualTo(customer.name());
        assertThat(GridKt._size(opened.list)).isEqualTo(1);
        assertThat(opened.detail.isVisible()).isFalse();
    }

    @Test
    void an_rx_typed_as_people_write_it_is_saved_and_shown_as_the_new_version() {
        signInAs("desk-optician", Role.OPTICIAN);
        RxNavigation.toNewRx(customer.id());
        var editor = _get(RxEditorView.class);
        assertThat(editor.wearer.getValue().accountHolder()).isTrue();
        var rx = editor.form.spectacles;
        rx.right.sph.setValue("-2,25");
        rx.right.cyl.setValue("-0,5");
        rx.right.axis.setValue("x180");
        rx.right.prismH.setValue("1");
        rx.right.prismHBase.setValue("bi");
        rx.left.sph.setValue("pl");
        rx.left.cyl.setValue("DS");
        rx.pd.setValue("63,5");
        editor.form.issuedOn.setValue(LocalDate.now().minusDays(3));
        editor.form.prescriber.setValue("Dr. Iris Lentz");

        _fireShortcut(rx, Key.ENTER);

        var saved = desk.prescriptionsOf(customer.id());
        assertThat(saved).singleElement().satisfies(p -> {
            assertThat(p.version()).isEqualTo(1);
            assertThat(p.source()).isEqualTo(RxSource.STAFF_ENTERED);
            var values = p.spectacles();
            assertThat(values.right().sphere().diopters()).isEqualByComparingTo("-2.25");
            assertThat(values.right().cylinder().diopters()).isEqualByComparingTo("-0.50");
            assertThat(values.right().axis().degrees()).isEqualTo(180);
            assertThat(values.right().prism().horizontal().amount()).isEqualByComparingTo("1");
            assertThat(values.left().sphere()).isEqualTo(Sphere.PLANO);
            assertThat(values.left().cylinder().isNone()).isTrue();
            assertThat(values.pd().distance()).isEqualByComparingTo("63.5");
            assertThat(p.prescriber()).isEqualTo("Dr. Iris Lentz");
            assertThat(p.expiryFromPolicy()).isTrue();
        });
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                .startsWith("Prescription saved"));
        var customerView = _get(CustomerView.class);
        assertThat(customerView.detail.isVisible()).isTrue();
        assertThat(customerView.list.asSingleSelect().getValue().id()).isEqualTo(saved.getFirst().id());
        assertThat(customerView.paper.cells.get("od.sph").getText()).isEqualTo("-2.25");
        assertThat(customerView.paper.cells.get("od.axis").getText()).isEqualTo("x180");
        assertThat(customerView.paper.cells.get("os.sph").getText()).isEqualTo("PL");
        assertThat(customerView.paper.cells.get("od.prismH").getText()).isEqualTo("1.00 BI");
    }

    @Test
    void a_bad_value_shows_the_engines_message_at_its_field_and_nothing_is_saved() {
        signInAs("desk-bad", Role.ASSOCIATE);
        RxNavigation.toNewRx(customer.id());
        var editor = _get(RxEditorView.class);
        var rx = editor.form.spectacles;
        rx.right.sph.setValue("-2.30");
        rx.right.cyl.setValue("-0.75");
        rx.left.sph.setValue("-1.00");
        rx.left.axis.setValue("90");
        editor.form.issuedOn.setValue(LocalDate.now().minusDays(3));

        _click(editor.save);

        String sphereMessage = catchMessage(() -> Sphere.of("-2.30"));
        assertThat(rx.right.sph.isInvalid()).isTrue();
        assertThat(rx.right.sph.getErrorMessage()).isEqualTo(sphereMessage);
        assertThat(rx.right.axis.isInvalid()).as("a cylinder needs an axis").isTrue();
        assertThat(rx.right.axis.getErrorMessage()).contains("axis");
        assertThat(rx.left.axis.isInvalid()).as("an axis without a cylinder").isTrue();
        assertThat(rx.right.cyl.isInvalid()).isFalse();
        assertThat(rx.right.sph.getValue()).as("what was typed stays").isEqualTo("-2.30");
        assertThat(desk.prescriptionsOf(customer.id())).isEmpty();
        _get(RxEditorView.class);

        rx.right.sph.setValue("-2.25");
        rx.right.axis.setValue("5");
        rx.left.axis.setValue("");
        editor.form.issuedOn.setValue(null);
        _click(editor.save);
        assertThat(rx.right.sph.isInvalid()).isFalse();
        assertThat(editor.form.issuedOn.isInvalid()).isTrue();
        assertThat(desk.prescriptionsOf(customer.id())).isEmpty();
    }

    @Test
    void unusual_values_warn_without_blocking() {
        signInAs("desk-warn", Role.OPTICIAN);
        RxNavigation.toNewRx(customer.id());
        var editor = _get(RxEditorView.class);
        var rx = editor.form.spectacles;
        rx.right.sph.setValue("-4.00");
        rx.left.sph.setValue("-1.00");
        editor.form.issuedOn.setValue(LocalDate.now().minusDays(1));

        _click(editor.save);

        var saved = desk.prescriptionsOf(customer.id());
        assertThat(saved).hasSize(1);
        var view = _get(CustomerView.class);
        assertThat(view.warnings.isVisible()).as("anisometropia over 2.00 D is a warning").isTrue();
    }

    @Test
    void amending_creates_version_2_and_the_history_marks_the_changed_cell() {
        signInAs("desk-amender", Role.OPTICIAN);
        PrescriptionId id = enteredByStaff("-2.25");
        RxNavigation.toAmend(customer.id(), id);
        var editor = _get(RxEditorView.class);
        assertThat(editor.form.spectacles.right.sph.getValue()).isEqualTo("-2.25");
        assertThat(editor.form.kind.isReadOnly()).isTrue();

        editor.form.spectacles.right.sph.setValue("-2.75");
        editor.form.source.setValue(RxSource.VERIFIED_WITH_PRESCRIBER);
        _click(editor.save);

        PrescriptionView current = desk.prescription(id);
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.spectacles().right().sphere().diopters()).isEqualByComparingTo("-2.75");
        assertThat(current.status()).isEqualTo(RxStatus.VERIFIED);
        assertThat(desk.history(id)).hasSize(2);

        var view = _get(CustomerView.class);
        assertThat(GridKt._size(view.history)).isEqualTo(2);
        assertThat(view.history.asSingleSelect().getValue().version()).isEqualTo(2);
        assertThat(view.compareSelected).isNotNull();
        assertThat(view.comparePrevious).isNotNull();
        assertThat(view.compareSelected.changed("od.sph")).isTrue();
        assertThat(view.compareSelected.cells.get("od.sph").getText()).isEqualTo("-2.75");
        assertThat(view.comparePrevious.cells.get("od.sph").getText()).isEqualTo("-2.25");
        assertThat(view.compareSelected.changed("od.cyl")).isFalse();
        assertThat(view.compareSelected.changed("os.sph")).isFalse();

        view.history.select(GridKt._get(view.history, 1));
        assertThat(view.comparePrevious).as("version 1 has nothing before it").isNull();
        assertThat(view.compareSelected.changed("od.sph")).isFalse();
    }

    @Test
    void an_amendment_over_a_newer_version_is_refused_keeping_the_typed_values_and_saving_again_replaces_it() {
        signInAs("desk-retry", Role.OPTICIAN);
        PrescriptionId id = enteredByStaff("-1.00");
        RxNavigation.toAmend(customer.id(), id);
        var editor = _get(RxEditorView.class);

        var before = desk.prescription(id);
        desk.amend(id, before.lockVersion(), new PrescriptionDraft(before.wearer(), RxKind.SPECTACLES,
                RxDeskFixtures.spectacles("-1.25", "-0.50", "180", "-1.75", "63"), before.issuedOn(), null, null, null),
                RxSource.STAFF_ENTERED);

        editor.form.spectacles.right.sph.setValue("-1.50");
        _click(editor.save);
        assertThat(editor.changedBanner.isVisible()).isTrue();
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                .contains("changed by someone else"));
        assertThat(editor.form.spectacles.right.sph.getValue()).isEqualTo("-1.50");
        assertThat(desk.history(id)).as("nothing written by the refused save").hasSize(2);
        assertThat(desk.prescription(id).spectacles().right().sphere().diopters())
                .isEqualByComparingTo("-1.25");

        // having seen the banner, the optician saves again on purpose: the typed values become version 3
        _click(editor.save);
        assertThat(desk.history(id)).hasSize(3);
        assertThat(desk.prescription(id).spectacles().right().sphere().diopters())
                .isEqualByComparingTo("-1.50");
    }

    @Test
    void an_expiry_date_that_cannot_be_read_is_refused_at_its_field_not_replaced_by_the_policy() {
        signInAs("desk-expiry", Role.OPTICIAN);
        RxNavigation.toNewRx(customer.id());
        var editor = _get(RxEditorView.class);
        var rx = editor.form.spectacles;
        rx.right.sph.setValue("-2.00");
        rx.left.sph.setValue("-2.00");
        rx.pd.setValue("63");
        editor.form.issuedOn.setValue(LocalDate.now().minusDays(3));
        // typed as 31.13.2027: the date picker cannot read it, so its value stays empty
        editor.form.expiresOn.getElement().setProperty("_inputElementValue", "31.13.2027");
        BasicUtilsKt._fireDomEvent(editor.form.expiresOn, "unparsable-change");
        assertThat(editor.form.expiresOn.getValue()).isNull();

        _click(editor.save);

        assertThat(desk.prescriptionsOf(customer.id())).isEmpty();
        assertThat(editor.form.expiresOn.isInvalid()).isTrue();
        assertThat(editor.form.expiresOn.getErrorMessage()).contains("2026-03-01");
    }

    @Test
    void a_contact_lens_rx_is_entered_in_its_own_grid() {
        signInAs("desk-contacts", Role.ASSOCIATE);
        RxNavigation.toNewRx(customer.id());
        var editor = _get(RxEditorView.class);
        editor.form.kind.setValue(RxKind.CONTACT_LENSES);
        assertThat(editor.form.contacts.isVisible()).isTrue();
        assertThat(editor.form.spectacles.isVisible()).isFalse();
        var cl = editor.form.contacts;
        cl.right.brand.setValue("Acuvue Oasys");
        cl.right.sph.setValue("-3,00");
        cl.right.bc.setValue("8.4");
        cl.right.dia.setValue("14.0");
        cl.left.brand.setValue("Acuvue Oasys");
        cl.left.sph.setValue("-2.75");
        cl.left.bc.setValue("8,4");
        cl.left.dia.setValue("14");
        cl.left.cyl.setValue("-0.75");
        editor.form.issuedOn.setValue(LocalDate.now().minusDays(10));

        _click(editor.save);
        assertThat(cl.left.axis.isInvalid()).as("a toric lens needs an axis").isTrue();
        assertThat(desk.prescriptionsOf(customer.id())).isEmpty();

        cl.left.axis.setValue("170");
        _click(editor.save);
        assertThat(desk.prescriptionsOf(customer.id())).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RxKind.CONTACT_LENSES);
            assertThat(p.contactLenses().left().axis().degrees()).isEqualTo(170);
            assertThat(p.contactLenses().right().baseCurve()).isEqualByComparingTo(new BigDecimal("8.4"));
        });
        var view = _get(CustomerView.class);
        assertThat(view.paper.cells.get("os.brand").getText()).isEqualTo("Acuvue Oasys");
    }

    @Test
    void a_family_member_is_added_and_gets_a_prescription_of_their_own() {
        signInAs("desk-family", Role.ASSOCIATE);
        RxNavigation.toCustomer(customer.id());
        var view = _get(CustomerView.class);
        _click(view.addWearer);
        var dialog = _get(WearerDialog.class);
        _click(dialog.add);
        assertThat(dialog.name.isInvalid()).isTrue();
        dialog.name.setValue("Mia Tester");
        dialog.birthDate.setValue(LocalDate.now().minusYears(8));
        _click(dialog.add);
        assertThat(desk.wearersOf(customer.id())).extracting(Wearer::name).contains("Mia Tester");

        _click(view.newRx);
        var editor = _get(RxEditorView.class);
        editor.wearer.setValue(editor.wearer.getListDataView().getItems().filter(w -> w.name().equals("Mia Tester"))
                .findFirst().orElseThrow());
        editor.form.spectacles.right.sph.setValue("+1.50");
        editor.form.spectacles.left.sph.setValue("+1.25");
        editor.form.issuedOn.setValue(LocalDate.now());
        _click(editor.save);
        assertThat(desk.prescriptionsOf(customer.id())).singleElement()
                .satisfies(p -> assertThat(p.wearerName()).isEqualTo("Mia Tester"));
    }

    @Test
    void a_birth_date_that_cannot_be_read_keeps_the_family_member_dialog_open() {
        signInAs("desk-born", Role.ASSOCIATE);
        RxNavigation.toCustomer(customer.id());
        var view = _get(CustomerView.class);
        _click(view.addWearer);
        var dialog = _get(WearerDialog.class);
        dialog.name.setValue("Noah Tester");
        dialog.birthDate.getElement().setProperty("_inputElementValue", "2019-02-30x");
        BasicUtilsKt._fireDomEvent(dialog.birthDate, "unparsable-change");

        _click(dialog.add);

        assertThat(desk.wearersOf(customer.id())).extracting(Wearer::name).doesNotContain("Noah Tester");
        assertThat(dialog.birthDate.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void opening_a_prescription_is_audited_with_the_staff_member() {
        signInAs("desk-setup", Role.OPTICIAN);
        PrescriptionId id = enteredByStaff("-3.00");
        String reader = "desk-reader-" + customer.token();
        signInAs(reader, Role.ASSOCIATE);

        RxNavigation.toPrescription(customer.id(), id);
        var view = _get(CustomerView.class);
        assertThat(view.detail.isVisible()).isTrue();
        assertThat(view.detailTitle.getText()).contains("version 1");

        signInAs("desk-auditor", Role.ADMIN);
        var entries = audit.find(new AuditFilter(reader, AuditAction.RX_VIEWED, null, null, null), PageRequest.of(0, 20));
        assertThat(entries.getContent()).isNotEmpty();
        assertThat(entries.getContent()).anySatisfy(e -> assertThat(e.targetId()).isEqualTo(id.toString()));
    }

    private static String catchMessage(Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException expected) {
            return expected.getMessage();
        }
        throw new AssertionError("no problem");
    }
}
