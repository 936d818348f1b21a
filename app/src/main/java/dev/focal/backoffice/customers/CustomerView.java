package dev.focal.backoffice.customers;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.customers.CustomersAccess;
import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.focal.customers.CustomerId;
import dev.focal.customers.PrescriptionExceptions.PrescriptionNotFound;
import dev.focal.customers.PrescriptionId;
import dev.focal.customers.PrescriptionView;
import dev.focal.customers.PrescriptionDesk;
import dev.focal.customers.PrescriptionDocuments;
import dev.focal.customers.RxDocumentInfo;
import dev.focal.customers.RxKind;
import dev.focal.customers.RxStatus;
import dev.focal.customers.Wearer;
import dev.focal.optics.RxWarning;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One customer ({@code customers/<id>}) with the people on the account and the current version of every
 * prescription; {@code customers/<id>/<rx>} also opens one prescription: its values laid out like the paper, its
 * warnings and facts, the documents behind it, and its version history, where any version is shown beside the one
 * before it with the changed values marked. Every opening of a prescription is audited by the store.
 */
@Route(value = "customers/:customer/:rx?([0-9a-fA-F-]{36})", layout = MainLayout.class)
@PageTitle("Customer")
@AllowedFor(CustomersAccess.RX_DESK)
class CustomerView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final Button back = new Button("Customers", VaadinIcon.ARROW_LEFT.create());
    final Button newRx = new Button("Enter prescription", VaadinIcon.PLUS.create());
    final Button addWearer = new Button("Add family member", VaadinIcon.USER_CARD.create());
    final Div wearers = new Div();
    final Grid<PrescriptionView> list = new Grid<>();
    final Div detail = new Div();
    final H3 detailTitle = new H3();
    final Span detailStatus = new Span();
    final Button amend = new Button("Amend", VaadinIcon.EDIT.create());
    final Button verify = new Button("Verify", VaadinIcon.CHECK_SQUARE_O.create());
    final Button feasibility = new Button("Check feasibility", VaadinIcon.GLASSES.create());
    final Div documents = new Div();
    final Div current = new Div();
    final Div facts = new Div();
    final Div warnings = new Div();
    final Grid<PrescriptionView> history = new Grid<>();
    final Div compare = new Div();
    @Nullable RxPaper paper;
    @Nullable RxPaper comparePrevious;
    @Nullable RxPaper compareSelected;

    private final PrescriptionDesk prescriptions;
    private final PrescriptionDocuments rxDocuments;
    private final Clock clock;
    private @Nullable CustomerId customer;
    private List<PrescriptionView> versions = List.of();
    private @Nullable PrescriptionView shown;

    CustomerView(PrescriptionDesk prescriptions, PrescriptionDocuments rxDocuments, Clock clock) {
        this.prescriptions = prescriptions;
        this.rxDocuments = rxDocuments;
        this.clock = clock;
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        newRx.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        wearers.addClassName("wearers");
        amend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        documents.addClassName("rx-documents");
        facts.addClassName("facts");
        warnings.addClassName("rx-warnings");
        compare.addClassName("rx-compare");
        detail.addClassName("rx-detail");
        detail.setVisible(false);

        list.addComponentColumn(p -> twoLines(new Span(p.wearerName()), new Span(p.kind().label())))
                .setHeader("Wearer, kind").setWidth("10rem").setFlexGrow(0);
        list.addColumn(p -> RxPaper.summary(p.rx())).setHeader("OD / OS").setFlexGrow(1).setWidth("12rem");
        list.addComponentColumn(p -> twoLines(new Span("Issued " + Formats.date(p.issuedOn())),
                Prescribing.expiry(p, today()))).setHeader("Issued, expires").setWidth("12.5rem").setFlexGrow(0);
        list.addComponentColumn(p -> twoLines(Prescribing.status(p.status()), new Span(p.source().label())))
                .setHeader("Status, source").setWidth("12rem").setFlexGrow(0);
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.setAllRowsVisible(true);
        list.setEmptyStateText("No prescriptions yet.");

        history.addColumn(p -> "v" + p.version()).setHeader("Version").setWidth("6rem").setFlexGrow(0);
        history.addColumn(p -> Formats.dateTime(p.createdAt())).setHeader("Saved").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(PrescriptionView::createdBy).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(p -> p.source().label()).setHeader("Source").setAutoWidth(true).setFlexGrow(0);
        history.addComponentColumn(p -> Prescribing.status(p.status())).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(1);
        history.setAllRowsVisible(true);
        history.addThemeVariants(GridVariant.LUMO_COMPACT);

        back.addClickListener(e -> RxNavigation.toCustomers());
        newRx.addClickListener(e -> {
            if (customer != null) {
                RxNavigation.toNewRx(customer);
            }
        });
        addWearer.addClickListener(e -> {
            if (customer != null) {
                new WearerDialog(prescriptions, customer, id -> showWearers()).open();
            }
        });
        list.addItemClickListener(e -> RxNavigation.toPrescription(e.getItem().customer(), e.getItem().id()));
        history.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showCompare(e.getValue());
            }
        });
        amend.addClickListener(e -> {
            if (shown != null) {
                RxNavigation.toAmend(shown.customer(), shown.id());
            }
        });
        verify.addClickListener(e -> {
            if (shown != null) {
                RxNavigation.toVerification(shown.id());
            }
        });
        feasibility.addClickListener(e -> {
            if (shown != null) {
                RxNavigation.toFeasibility(shown.id());
            }
        });

        var heading = new Div(back, title);
        heading.addClassName("editor-heading");
        var spacer = new Div();
        var actions = new HorizontalLayout(newRx, addWearer, spacer);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.addClassName("toolbar");
        actions.setWidthFull();

        var detailHeading = new Div(detailTitle, detailStatus);
        detailHeading.addClassName("editor-heading");
        var detailActions = new HorizontalLayout(amend, verify, feasibility, documents);
        detailActions.addClassName("toolbar");
        detailActions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        var historyTitle = new H4("Version history");
        var historyHint = new Paragraph("Pick a version to see it beside the one before it; changed values are marked.");
        historyHint.addClassName("hint");
        detail.add(detailHeading, detailActions, current, warnings, facts, historyTitle, historyHint, history, compare);

        var listTitle = new H3("Prescriptions");
        add(heading, actions, wearers, listTitle, list, detail);
        addClassName("customer-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("customer").flatMap(Prescribing::customerId);
        if (id.isEmpty()) {
            FieldErrors.error("There is no such customer.");
            event.forwardTo(CustomersView.class);
            return;
        }
        boolean sameCustomer = id.get().equals(customer);
        customer = id.get();
        try {
            if (!sameCustomer) {
                showWearers();
                List<PrescriptionView> all = prescriptions.prescriptionsOf(customer);
                list.setItems(all);
            }
            Optional<PrescriptionId> rx = event.getRouteParameters().get("rx").flatMap(Prescribing::prescriptionId);
            if (rx.isPresent()) {
                open(rx.get());
            } else {
                shown = null;
                detail.setVisible(false);
                list.deselectAll();
            }
        } catch (PrescriptionNotFound missing) {
            FieldErrors.error(missing.getMessage());
            event.forwardTo(CustomersView.class);
        }
    }

    private void showWearers() {
        if (customer == null) {
            return;
        }
        List<Wearer> people = prescriptions.wearersOf(customer);
        wearers.removeAll();
        var label = new Span("On this account:");
        label.addClassName("fact-label");
        wearers.add(label);
        for (Wearer wearer : people) {
            var chip = new Span(wearer.name() + (wearer.birthDate() == null ? "" : " · born " + wearer.birthDate())
                    + (wearer.accountHolder() ? " · account holder" : ""));
            chip.addClassName("wearer-chip");
            wearers.add(chip);
        }
        String holder = people.stream().filter(Wearer::accountHolder).map(Wearer::name).findFirst().orElse("Customer");
        title.setText(holder);
    }

    /** Shows one prescription: the current version (audited read), then its history. */
    private void open(PrescriptionId id) {
        PrescriptionView rx = prescriptions.prescription(id);
        if (!rx.customer().equals(customer)) {
            throw new PrescriptionNotFound();
        }
        shown = rx;
        list.getListDataView().getItems().filter(p -> p.id().equals(id)).findFirst().ifPresent(list::select);
        detail.setVisible(true);
        detailTitle.setText(rx.kind().label() + " · " + rx.wearerName() + " · version " + rx.version());
        detailStatus.removeAll();
        detailStatus.add(Prescribing.status(rx.status()));
        if (rx.expiredOn(today())) {
            detailStatus.add(Formats.badge("Expired", "error"));
        }
        amend.setEnabled(rx.hasValues() || rx.status() != RxStatus.AWAITING_VERIFICATION);
        verify.setVisible(rx.status() == RxStatus.AWAITING_VERIFICATION && Prescribing.canVerify());
        feasibility.setVisible(rx.kind() == RxKind.SPECTACLES && rx.hasValues());

        var paperNow = new RxPaper(rx.rx(), null);
        paper = paperNow;
        current.removeAll();
        current.add(paperNow);
        showWarnings(rx.warnings());
        showFacts(rx);
        showDocuments(rx.documents());

        versions = prescriptions.history(id);
        history.setItems(versions);
        history.select(versions.isEmpty() ? null : versions.getFirst());
        if (versions.isEmpty()) {
            compare.removeAll();
        }
    }

    private void showWarnings(List<RxWarning> list) {
        warnings.removeAll();
        list.forEach(w -> {
            var line = new Span(w.field().label() + ": " + w.message());
            line.addClassName("rx-warning");
            warnings.add(line);
        });
        warnings.setVisible(!list.isEmpty());
    }

    private void showFacts(PrescriptionView rx) {
        facts.removeAll();
        fact("Issued", Formats.date(rx.issuedOn()));
        fact("Expires", Formats.date(rx.expiresOn()) + (rx.expiryFromPolicy() ? " (from the policy)" : "")
                + (rx.expiredOn(today()) ? ", expired" : ""));
        fact("Prescriber", Objects.requireNonNullElse(rx.prescriber(), "—"));
        fact("Source", rx.source().label());
        if (rx.verifiedBy() != null) {
            fact("Verified", "by " + rx.verifiedBy() + ", " + Formats.dateTime(rx.verifiedAt()));
        }
        if (rx.status() == RxStatus.REJECTED && rx.rejectionReason() != null) {
            fact("Rejected because", rx.rejectionReason());
        }
        fact("Saved", "by " + rx.createdBy() + ", " + Formats.dateTime(rx.createdAt()));
        if (rx.notes() != null) {
            fact("Notes", rx.notes());
        }
    }

    private void fact(String label, String value) {
        facts.add(Formats.fact(label, value));
    }

    /** One button per document; the signed link is made on the tap, so it is fresh (it works for minutes). */
    private void showDocuments(List<RxDocumentInfo> docs) {
        documents.removeAll();
        for (RxDocumentInfo doc : docs) {
            var open = new Button("View " + doc.fileName(), VaadinIcon.FILE_TEXT_O.create());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.getElement().setAttribute("title", "Opens in a new tab (" + doc.contentType() + ", "
                    + Math.max(1, doc.size() / 1024) + " KB, uploaded " + Formats.dateTime(doc.uploadedAt()) + ")");
            open.addClickListener(e -> getUI().ifPresent(ui -> ui.getPage()
                    .open(Prescribing.documentUrl(rxDocuments, doc.id()), "_blank")));
            documents.add(open);
        }
    }

    /** The chosen version beside the one before it (the first version stands alone). */
    void showCompare(PrescriptionView selected) {
        compare.removeAll();
        int index = versions.indexOf(selected);
        PrescriptionView previous = index >= 0 && index + 1 < versions.size() ? versions.get(index + 1) : null;
        compareSelected = new RxPaper(selected.rx(), previous == null ? null : previous.rx());
        var right = column("Version " + selected.version() + (index == 0 ? " (current)" : ""), compareSelected,
                selected, previous);
        if (previous == null) {
            comparePrevious = null;
            var only = new Paragraph("The first version: nothing before it to compare with.");
            only.addClassName("hint");
            compare.add(right, only);
            return;
        }
        comparePrevious = new RxPaper(previous.rx(), null);
        compare.add(column("Version " + previous.version(), comparePrevious, previous, null), right);
    }

    private static Component column(String heading, RxPaper paper, PrescriptionView version,
                                    @Nullable PrescriptionView before) {
        var box = new Div(new H4(heading), paper, changedFacts(version, before));
        box.addClassName("rx-compare-column");
        return box;
    }

    /** The facts of a version, each marked when it differs from the version before. */
    private static Component changedFacts(PrescriptionView v, @Nullable PrescriptionView before) {
        var box = new Div();
        box.addClassName("rx-compare-facts");
        List<String[]> rows = new ArrayList<>();
        rows.add(row("Issued", v, before, p -> Formats.date(p.issuedOn())));
        rows.add(row("Expires", v, before, p -> Formats.date(p.expiresOn())));
        rows.add(row("Prescriber", v, before, p -> nz(p.prescriber())));
        rows.add(row("Source", v, before, p -> p.source().label()));
        rows.add(row("Status", v, before, p -> p.status().label()));
        rows.add(row("Notes", v, before, p -> nz(p.notes())));
        rows.add(row("Saved", v, null, p -> p.createdBy() + ", " + Formats.dateTime(p.createdAt())));
        for (String[] row : rows) {
            var label = new Span(row[0]);
            label.addClassName("fact-label");
            var value = new Span(row[1]);
            value.addClassName("rx-value");
            if (row[2] != null && !row[1].equals(row[2])) {
                value.addClassName("changed");
                value.getElement().setAttribute("title", "Was " + row[2]);
            }
            box.add(label, value);
        }
        return box;
    }

    private static String[] row(String label, PrescriptionView v, @Nullable PrescriptionView before,
                                java.util.function.Function<PrescriptionView, String> value) {
        return new String[] {label, value.apply(v), before == null ? null : value.apply(before)};
    }

    private static Div twoLines(Component first, Component second) {
        var cell = new Div(first, second);
        cell.addClassName("cell-2");
        second.getElement().getClassList().add("secondary");
        return cell;
    }

    private static String nz(@Nullable String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }
}
