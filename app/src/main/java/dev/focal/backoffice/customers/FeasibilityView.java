package dev.focal.backoffice.customers;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.catalog.CatalogAccess;
import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.focal.catalog.LensFit;
import dev.focal.catalog.FeasibilityAnswer;
import dev.focal.catalog.FrameOption;
import dev.focal.catalog.LensOption;
import dev.focal.catalog.LensFit.UnknownChoice;
import dev.focal.customers.CustomerSummary;
import dev.focal.customers.PrescriptionExceptions.PrescriptionNotFound;
import dev.focal.customers.PrescriptionView;
import dev.focal.customers.PrescriptionDesk;
import dev.focal.customers.RxKind;
import dev.focal.customers.Wearer;
import dev.focal.optics.Feasibility;
import dev.focal.optics.Feasibility.Reason;
import dev.focal.optics.OpticalRx;
import dev.focal.optics.WearerFacts;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * "Can this lens be made for this prescription in this frame, and in which index?" Staff pick a customer's
 * spectacle prescription (or type one into the same grid as the entry screen), a frame variant (by SKU or model
 * name, with its A, B, DBL and ED), a lens product and what matters about the wearer; the answer shows makeable
 * or not in big letters, every reason per eye, the notes, the verdict per index and the recommended index with the
 * rule table's version and why. The URL ({@code feasibility?rx=&frame=&lens=}) pre-selects the choices.
 */
@Route(value = "feasibility", layout = MainLayout.class)
@PageTitle("Feasibility check")
@Menu(title = "Feasibility check", order = 3, icon = "vaadin:glasses")
@MenuArea(Area.CUSTOMERS)
@AllowedFor(CatalogAccess.LENS_ADVISERS)
class FeasibilityView extends VerticalLayout implements BeforeEnterObserver {

    static final String RX = "rx";
    static final String FRAME = "frame";
    static final String LENS = "lens";

    final ComboBox<CustomerSummary> customer = new ComboBox<>("Customer");
    final ComboBox<PrescriptionView> prescription = new ComboBox<>("Prescription");
    final RxEntryForm rx = new RxEntryForm();
    final ComboBox<FrameOption> frame = new ComboBox<>("Frame (SKU or model)");
    final Span frameFacts = new Span();
    final ComboBox<LensOption> lens = new ComboBox<>("Lens");
    final Checkbox child = new Checkbox("Child");
    /** Whether {@link #child} was set from a wearer's birth date (and so follows the next prescription picked). */
    private boolean childFromAccount;
    final Checkbox safety = new Checkbox("Safety glasses");
    final Checkbox sports = new Checkbox("Sports glasses");
    final Select<WearerFacts.Use> use = new Select<>();
    final Button check = new Button("Check", VaadinIcon.CHECK_CIRCLE.create());
    final Div answer = new Div();
    final Span verdict = new Span();
    final Div reasons = new Div();
    final Div advice = new Div();
    final Grid<Feasibility.IndexVerdict> indexes = new Grid<>();
    @Nullable FeasibilityAnswer lastAnswer;

    private final PrescriptionDesk prescriptions;
    private final LensFit lensFit;

    FeasibilityView(PrescriptionDesk prescriptions, LensFit lensFit) {
        this.prescriptions = prescriptions;
        this.lensFit = lensFit;

        customer.setPlaceholder("Name or e-mail");
        customer.setItemLabelGenerator(c -> c.email().isEmpty() ? c.fullName() : c.fullName() + " · " + c.email());
        customer.setItems(query -> prescriptions.findCustomers(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        customer.setClearButtonVisible(true);
        customer.setMinWidth("16rem");
        prescription.setItemLabelGenerator(p -> p.wearerName() + " · issued " + Formats.date(p.issuedOn())
                + " · v" + p.version() + " · " + p.status().label());
        prescription.setPlaceholder("Spectacle prescription");
        prescription.setMinWidth("20rem");
        prescription.setEnabled(false);

        frame.setItemLabelGenerator(FrameOption::label);
        frame.setItems((com.vaadin.flow.data.provider.CallbackDataProvider.FetchCallback<FrameOption, String>) query ->
                lensFit.findFrames(query.getFilter().orElse(""), query.getOffset() + query.getLimit()).stream()
                        .skip(query.getOffset()));
        frame.setMinWidth("22rem");
        frame.setRequiredIndicatorVisible(true);
        frameFacts.addClassName("hint");
        lens.setItemLabelGenerator(LensOption::label);
        lens.setMinWidth("20rem");
        lens.setRequiredIndicatorVisible(true);
        use.setLabel("Glasses for");
        use.setItems(WearerFacts.Use.values());
        use.setItemLabelGenerator(u -> switch (u) {
            case AS_PRESCRIBED -> "As prescribed";
            case DISTANCE -> "Distance only";
            case INTERMEDIATE -> "Computer (intermediate)";
            case NEAR -> "Reading (near)";
        });
        use.setValue(WearerFacts.Use.AS_PRESCRIBED);
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.addClassName("feasibility-answer");
        answer.setVisible(false);
        verdict.addClassName("feasibility-verdict");
        reasons.addClassName("feasibility-reasons");
        advice.addClassName("facts");
        indexes.addColumn(Feasibility.IndexVerdict::index).setHeader("Index").setAutoWidth(true).setFlexGrow(0);
        indexes.addColumn(Feasibility.IndexVerdict::material).setHeader("Material").setAutoWidth(true).setFlexGrow(0);
        indexes.addColumn(v -> v.allowed() ? "Yes" : "No").setHeader("Allowed").setAutoWidth(true).setFlexGrow(0);
        indexes.addComponentColumn(v -> v.makeable() ? Formats.badge("Makeable", "success")
                : Formats.badge("No", "error")).setHeader("Makeable").setWidth("7.5rem").setFlexGrow(0);
        indexes.addColumn(this::whyNot).setHeader("Why not").setFlexGrow(1);
        indexes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        indexes.setAllRowsVisible(true);

        customer.addValueChangeListener(e -> loadPrescriptions(e.getValue(), null));
        prescription.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue().rx() != null) {
                rx.fill(e.getValue().rx());
                childFromBirthDate(e.getValue());
            }
        });
        frame.addValueChangeListener(e -> showFrame(e.getValue()));
        check.addClickListener(e -> check());
        check.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(rx).resetFocusOnActiveElement();

        var rxTitle = new H3("Prescription");
        var pick = new HorizontalLayout(customer, prescription);
        pick.addClassName("toolbar");
        pick.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var pickHint = new Paragraph("Pick a customer's prescription (the newest valid one is taken), or type the "
                + "values into the grid.");
        pickHint.addClassName("hint");
        var choose = new HorizontalLayout(frame, lens);
        choose.addClassName("toolbar");
        choose.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var facts = new HorizontalLayout(child, safety, sports, use, check);
        facts.addClassName("toolbar");
        facts.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        answer.add(verdict, reasons, new H4("Index"), advice, indexes);
        add(rxTitle, pickHint, pick, rx, new H3("Frame, lens and wearer"), choose, frameFacts, facts, answer);
        addClassName("feasibility-view");

        lens.setItems(lensFit.lenses());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter(RX).flatMap(Prescribing::prescriptionId).ifPresent(id -> {
            try {
                PrescriptionView chosen = prescriptions.prescription(id);
                if (chosen.kind() == RxKind.SPECTACLES) {
                    customer.setValue(new CustomerSummary(chosen.customer(), chosen.customerName(), "", 0, 0));
                    loadPrescriptions(customer.getValue(), chosen);
                } else {
                    FieldErrors.error("A contact-lens prescription never makes glasses: pick a spectacle prescription.");
                }
            } catch (PrescriptionNotFound missing) {
                FieldErrors.error(missing.getMessage());
            }
        });
        query.getSingleParameter(FRAME).ifPresent(sku -> lensFit.findFrames(sku, 5).stream()
                .filter(f -> f.sku().equalsIgnoreCase(sku)).findFirst().ifPresent(frame::setValue));
        query.getSingleParameter(LENS).ifPresent(code -> lens.getListDataView().getItems()
                .filter(l -> l.code().equalsIgnoreCase(code)).findFirst().ifPresent(lens::setValue));
        if (frame.getValue() == null && customer.getValue() != null) {
            frame.focus();
        }
    }

    /**
     * Ticks "Child" for a wearer under {@link Wearer#ADULT_AGE} by the birth date on the account (children's lenses
     * must be polycarbonate or Trivex) and says so; the optician can still change it. Without a birth date it is
     * left alone, unless the previous prescription's wearer set it.
     */
    private void childFromBirthDate(PrescriptionView picked) {
        LocalDate today = LocalDate.now(Formats.ZONE);
        OptionalInt age = prescriptions.wearersOf(picked.customer()).stream()
                .filter(w -> w.id().equals(picked.wearer()))
                .map(w -> w.ageOn(today)).filter(OptionalInt::isPresent).findFirst().orElse(OptionalInt.empty());
        if (age.isPresent()) {
            boolean isChild = age.getAsInt() < Wearer.ADULT_AGE;
            child.setValue(isChild);
            child.setLabel(isChild ? "Child (" + age.getAsInt() + ", from the birth date)" : "Child");
        } else {
            if (childFromAccount) {
                child.setValue(false);
            }
            child.setLabel("Child");
        }
        childFromAccount = age.isPresent();
    }

    /** The customer's spectacle prescriptions that have values; {@code chosen} selected (and filled in). */
    private void loadPrescriptions(@Nullable CustomerSummary who, @Nullable PrescriptionView chosen) {
        if (who == null) {
            prescription.setItems(List.of());
            prescription.setEnabled(false);
            return;
        }
        List<PrescriptionView> spectacles = prescriptions.prescriptionsOf(who.id()).stream()
                .filter(p -> p.kind() == RxKind.SPECTACLES && p.hasValues()).toList();
        prescription.setItems(spectacles);
        prescription.setEnabled(true);
        prescription.setHelperText(spectacles.isEmpty() ? "No spectacle prescription with values" : null);
        LocalDate today = LocalDate.now(Formats.ZONE);
        PrescriptionView select = chosen != null ? spectacles.stream().filter(p -> p.id().equals(chosen.id()))
                .findFirst().orElse(null)
                : spectacles.stream().filter(p -> !p.expiredOn(today)).findFirst().orElse(null);
        if (select != null) {
            prescription.setValue(select);
        }
    }

    private void showFrame(@Nullable FrameOption choice) {
        frameFacts.setText(choice == null ? "" : "A " + choice.a() + " · B " + choice.b() + " · DBL " + choice.dbl()
                + " · ED " + choice.ed() + " · " + choice.rimType().name().toLowerCase(Locale.ROOT) + " rim"
                + (choice.rxAble() ? "" : " · not made for prescription lenses"));
    }

    void check() {
        frame.setInvalid(false);
        lens.setInvalid(false);
        Optional<OpticalRx> read = rx.read();
        boolean ok = read.isPresent();
        if (ok && prescription.getValue() != null && !read.get().equals(prescription.getValue().rx())) {
            // The values were edited after picking: what is checked is what is typed, not the stored prescription.
            prescription.clear();
        }
        if (frame.getValue() == null) {
            FieldErrors.invalid(frame, "Choose the frame variant.");
            ok = false;
        }
        if (lens.getValue() == null) {
            FieldErrors.invalid(lens, "Choose the lens.");
            ok = false;
        }
        if (!ok) {
            answer.setVisible(false);
            return;
        }
        var facts = new WearerFacts(child.getValue(), safety.getValue(), sports.getValue(), use.getValue());
        try {
            FeasibilityAnswer result = lensFit.check(read.get(), frame.getValue().sku(), lens.getValue().code(), facts);
            show(result);
            rememberInUrl();
        } catch (UnknownChoice unknown) {
            FieldErrors.invalid(unknown.field().equals("lensCode") ? lens : frame, unknown.getMessage());
        } catch (IllegalArgumentException bad) {
            FieldErrors.error(bad.getMessage());
        }
    }

    private void show(FeasibilityAnswer result) {
        lastAnswer = result;
        Feasibility f = result.feasibility();
        answer.setVisible(true);
        verdict.setText(f.makeable() ? "Makeable" : "Not makeable");
        verdict.getElement().getClassList().set("yes", f.makeable());
        verdict.getElement().getClassList().set("no", !f.makeable());
        reasons.removeAll();
        for (Reason reason : f.reasons()) {
            reasons.add(line(reason, "feasibility-reason"));
        }
        for (Reason note : f.notes()) {
            reasons.add(line(note, "feasibility-note"));
        }
        reasons.setVisible(!f.reasons().isEmpty() || !f.notes().isEmpty());
        var a = f.advice();
        advice.removeAll();
        fact("Recommended index", a.recommended() == null ? "None can be made" : a.recommended());
        fact("By the power table", a.ruleIndex());
        fact("Allowed", a.allowed().isEmpty() ? "—" : String.join(", ", a.allowed()));
        if (!a.required().isEmpty()) {
            fact("Required material", String.join(" or ", a.required()));
        }
        fact("Why", a.explanation());
        fact("Rules", "version " + a.ruleVersion());
        fact("Checked", result.lens().label() + " in " + result.frame().label());
        indexes.setItems(f.indexes());
        answer.scrollIntoView();
    }

    private static Component line(Reason reason, String className) {
        var eye = new Span(reason.eye() == null ? "Both" : reason.eye().code());
        eye.addClassName("feasibility-eye");
        var text = new Span(reason.message() + (reason.index() == null ? "" : " (index " + reason.index() + ")"));
        var box = new Div(eye, text);
        box.addClassName(className);
        box.getElement().setAttribute("data-code", reason.code().name());
        return box;
    }

    private void fact(String label, String value) {
        advice.add(Formats.fact(label, value));
    }

    /** An index's own reasons; those that hold for every index are said once, above the table. */
    private String whyNot(Feasibility.IndexVerdict verdict) {
        List<Reason> general = lastAnswer == null ? List.of() : lastAnswer.feasibility().reasons();
        List<String> own = verdict.reasons().stream()
                .filter(r -> general.stream().noneMatch(g -> g.code() == r.code() && g.eye() == r.eye()
                        && g.message().equals(r.message())))
                .map(FeasibilityView::describe).toList();
        if (!own.isEmpty()) {
            return String.join(" ", own);
        }
        return verdict.reasons().isEmpty() ? (verdict.allowed() ? "" : "Not allowed for this wearer or frame")
                : "As above";
    }

    static String describe(Reason reason) {
        return (reason.eye() == null ? "" : reason.eye().code() + ": ") + reason.message();
    }

    /** The choices in the address, so the check can be bookmarked or sent to a colleague. */
    private void rememberInUrl() {
        Map<String, String> params = new LinkedHashMap<>();
        if (prescription.getValue() != null) {
            params.put(RX, prescription.getValue().id().toString());
        }
        if (frame.getValue() != null) {
            params.put(FRAME, frame.getValue().sku());
        }
        if (lens.getValue() != null) {
            params.put(LENS, lens.getValue().code());
        }
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new com.vaadin.flow.router.Location("feasibility", QueryParameters.simple(params)));
    }
}
