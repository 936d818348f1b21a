package dev.focal.backoffice.customers;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.customers.CustomersAccess;
import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.shell.MainLayout;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.customers.CustomerId;
import dev.focal.customers.PrescriptionDraft;
import dev.focal.customers.PrescriptionExceptions.InvalidPrescription;
import dev.focal.customers.PrescriptionExceptions.PrescriptionChanged;
import dev.focal.customers.PrescriptionExceptions.PrescriptionNotFound;
import dev.focal.customers.PrescriptionId;
import dev.focal.customers.PrescriptionView;
import dev.focal.customers.PrescriptionDesk;
import dev.focal.customers.RxSource;
import dev.focal.customers.Wearer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Enters a prescription from paper ({@code customers/<id>/rx-entry}) or amends one as a new version
 * ({@code customers/<id>/rx-entry/<rx>}), keyboard only: typing starts in the right sphere, Tab walks the paper
 * (OD row, OS row, PD, heights, vertex, dates, prescriber, source), Enter saves (Ctrl+Enter from the notes).
 * Problems show at their field and nothing is saved; an amendment over someone else's newer version is refused
 * with the typed values kept.
 */
@Route(value = "customers/:customer/rx-entry/:rx?", layout = MainLayout.class)
@PageTitle("Prescription entry")
@AllowedFor(CustomersAccess.RX_DESK)
class RxEditorView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final Button back = new Button(VaadinIcon.ARROW_LEFT.create());
    final ComboBox<Wearer> wearer = new ComboBox<>("Wearer");
    final PrescriptionForm form;
    final Button save = new Button("Save", VaadinIcon.CHECK.create());
    final Button cancel = new Button("Cancel");
    final Paragraph hint = new Paragraph();
    final Div changedBanner = new Div();
    final Span changedMessage = new Span();

    private final PrescriptionDesk prescriptions;
    private @Nullable CustomerId customer;
    private @Nullable PrescriptionView amending;

    RxEditorView(PrescriptionDesk prescriptions) {
        this.prescriptions = prescriptions;
        form = new PrescriptionForm(Prescribing.canVerify()
                ? List.of(RxSource.STAFF_ENTERED, RxSource.VERIFIED_WITH_PRESCRIBER) : List.of(RxSource.STAFF_ENTERED));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setAriaLabel("Back to the customer");
        wearer.setItemLabelGenerator(w -> w.name() + (w.accountHolder() ? " (account holder)" : ""));
        wearer.setRequiredIndicatorVisible(true);
        wearer.setMinWidth("16rem");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        hint.addClassName("hint");
        hint.setText("Type the values as written (-2,25, +2, PL, x180, DS); Tab moves along the paper, Enter saves.");
        changedBanner.addClassName("changed-banner");
        changedBanner.setVisible(false);
        changedBanner.add(VaadinIcon.WARNING.create(), changedMessage);

        back.addClickListener(e -> leave());
        cancel.addClickListener(e -> leave());
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.ENTER).listenOn(form.enterScope()).resetFocusOnActiveElement();
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(form).resetFocusOnActiveElement();

        var heading = new Div(back, title);
        heading.addClassName("editor-heading");
        var actions = new HorizontalLayout(save, cancel);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        var who = new HorizontalLayout(wearer, form.kind);
        who.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        who.addClassName("toolbar");
        add(heading, changedBanner, hint, who, form, actions);
        addClassName("rx-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        customer = event.getRouteParameters().get("customer").flatMap(Prescribing::customerId).orElse(null);
        if (customer == null) {
            FieldErrors.error("There is no such customer.");
            event.forwardTo(CustomersView.class);
            return;
        }
        String rxParam = event.getRouteParameters().get("rx").orElse(null);
        try {
            List<Wearer> wearers = prescriptions.wearersOf(customer);
            wearer.setItems(wearers);
            if (rxParam == null) {
                amending = null;
                title.setText("New prescription for " + holder(wearers));
                String wanted = event.getLocation().getQueryParameters().getSingleParameter("wearer").orElse("");
                wearer.setValue(wearers.stream().filter(w -> w.id().toString().equals(wanted)).findFirst()
                        .orElse(wearers.stream().filter(Wearer::accountHolder).findFirst()
                                .orElse(wearers.isEmpty() ? null : wearers.getFirst())));
                wearer.setReadOnly(false);
                form.kind.setReadOnly(false);
                String kind = event.getLocation().getQueryParameters().getSingleParameter("kind").orElse("");
                if (kind.equals("contacts")) {
                    form.kind.setValue(dev.focal.customers.RxKind.CONTACT_LENSES);
                }
            } else {
                PrescriptionId id = Prescribing.prescriptionId(rxParam).orElseThrow(PrescriptionNotFound::new);
                PrescriptionView current = prescriptions.prescription(id);
                if (!current.customer().equals(customer)) {
                    throw new PrescriptionNotFound();
                }
                amending = current;
                title.setText("Amend " + current.kind().label().toLowerCase(java.util.Locale.ROOT)
                        + " prescription of " + current.wearerName() + " (now version " + current.version() + ")");
                wearer.setValue(wearers.stream().filter(w -> w.id().equals(current.wearer())).findFirst().orElse(null));
                wearer.setReadOnly(true);
                form.fill(current);
                form.kind.setReadOnly(true);
                if (current.source() == RxSource.CUSTOMER_ENTERED || current.source() == RxSource.UPLOADED_DOCUMENT) {
                    form.source.setValue(RxSource.STAFF_ENTERED);
                }
            }
        } catch (PrescriptionNotFound missing) {
            FieldErrors.error(missing.getMessage());
            event.forwardTo(CustomersView.class);
            return;
        }
        form.first().getElement().callJsFunction("focus");
        if (form.first() instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private static String holder(List<Wearer> wearers) {
        return wearers.stream().filter(Wearer::accountHolder).map(Wearer::name).findFirst().orElse("the customer");
    }

    void save() {
        if (customer == null) {
            return;
        }
        wearer.setInvalid(false);
        if (wearer.getValue() == null) {
            FieldErrors.invalid(wearer, "Choose whose prescription it is.");
            return;
        }
        var draft = form.draft(wearer.getValue().id());
        if (draft.isEmpty()) {
            return;
        }
        RxSource source = form.source.getValue() == null ? RxSource.STAFF_ENTERED : form.source.getValue();
        try {
            PrescriptionId id;
            if (amending == null) {
                id = prescriptions.enter(customer, draft.get(), source);
                FieldErrors.success("Prescription saved for " + wearer.getValue().name() + warned(draft.get()));
            } else {
                id = amending.id();
                prescriptions.amend(id, amending.lockVersion(), draft.get(), source);
                FieldErrors.success("Saved as version " + (amending.version() + 1) + warned(draft.get()));
            }
            RxNavigation.toPrescription(customer, id);
        } catch (InvalidPrescription bad) {
            form.show(bad.field(), bad.getMessage());
        } catch (PrescriptionChanged stale) {
            // Keep what was typed and base the next save on the latest version, so saving again is a knowing
            // choice to replace it (as on the storefront) instead of the same refusal forever.
            String next = "";
            if (amending != null) {
                amending = prescriptions.prescription(amending.id());
                next = " Save again to replace version " + amending.version() + " with them, or cancel to look at it.";
            }
            changedMessage.setText(stale.getMessage() + " Your typed values are still here." + next);
            changedBanner.setVisible(true);
            FieldErrors.error(stale.getMessage());
        } catch (PrescriptionNotFound missing) {
            FieldErrors.error(missing.getMessage());
        }
    }

    private static String warned(PrescriptionDraft draft) {
        int count = draft.rx() == null ? 0 : draft.rx().warnings().size();
        return count == 0 ? "." : ". Please double-check " + (count == 1 ? "the warning" : "the " + count + " warnings")
                + " shown with it.";
    }

    private void leave() {
        if (customer == null) {
            RxNavigation.toCustomers();
        } else if (amending != null) {
            RxNavigation.toPrescription(customer, amending.id());
        } else {
            RxNavigation.toCustomer(customer);
        }
    }
}
