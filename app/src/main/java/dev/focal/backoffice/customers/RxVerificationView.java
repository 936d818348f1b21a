package dev.focal.backoffice.customers;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.customers.CustomersAccess;
import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import dev.focal.backoffice.ui.ReasonDialog;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
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
import com.vaadin.flow.router.Route;
import dev.focal.customers.PrescriptionExceptions.InvalidPrescription;
import dev.focal.customers.PrescriptionExceptions.PrescriptionChanged;
import dev.focal.customers.PrescriptionExceptions.PrescriptionNotFound;
import dev.focal.customers.PrescriptionId;
import dev.focal.customers.PrescriptionView;
import dev.focal.customers.PrescriptionDesk;
import dev.focal.customers.PrescriptionDocuments;
import dev.focal.customers.RxDocumentInfo;
import dev.focal.customers.RxStatus;
import dev.focal.customers.VerificationTask;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One verification task ({@code rx-verification/<rx>}): the uploaded document (PDF in a frame, photos as an
 * image, each through a short-lived signed link, also to open in a new tab) beside the entry form, pre-filled when
 * the customer typed values. Opticians and admins approve (the transcribed values become a verified version, with
 * "confirmed with the prescriber" when they called) or reject with a reason the customer sees; associates look.
 */
@Route(value = "rx-verification/:rx", layout = MainLayout.class)
@PageTitle("Verify prescription")
@AllowedFor(CustomersAccess.RX_DESK)
class RxVerificationView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final Span status = new Span();
    final Button back = new Button("Queue", VaadinIcon.ARROW_LEFT.create());
    final Select<RxDocumentInfo> documentChoice = new Select<>();
    final Div viewer = new Div();
    final Anchor openInTab = new Anchor();
    final Button refreshLink = new Button("New link", VaadinIcon.REFRESH.create());
    final PrescriptionForm form = new PrescriptionForm(List.of());
    final Checkbox confirmed = new Checkbox("Confirmed with the prescriber");
    final Button approve = new Button("Approve", VaadinIcon.CHECK.create());
    final Button reject = new Button("Reject…", VaadinIcon.CLOSE_SMALL.create());
    final Paragraph hint = new Paragraph();
    final Div changedBanner = new Div();
    final Span changedMessage = new Span();
    /** The document URL the viewer shows (a signed, short-lived link), for tests and the new-tab link. */
    @Nullable String shownUrl;

    private final PrescriptionDesk prescriptions;
    private final PrescriptionDocuments rxDocuments;
    private @Nullable PrescriptionView task;

    RxVerificationView(PrescriptionDesk prescriptions, PrescriptionDocuments rxDocuments) {
        this.prescriptions = prescriptions;
        this.rxDocuments = rxDocuments;
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        documentChoice.setAriaLabel("Document");
        documentChoice.setItemLabelGenerator(d -> d.fileName() + " · " + Formats.dateTime(d.uploadedAt()));
        viewer.addClassName("rx-document-viewer");
        openInTab.setTarget(AnchorTarget.BLANK);
        openInTab.add(VaadinIcon.EXTERNAL_LINK.create(), new Span("Open in a new tab"));
        openInTab.addClassName("button-link");
        refreshLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        refreshLink.getElement().setAttribute("title", "Document links work for a few minutes; get a fresh one");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        hint.addClassName("hint");
        changedBanner.addClassName("changed-banner");
        changedBanner.setVisible(false);
        changedBanner.add(VaadinIcon.WARNING.create(), changedMessage);

        back.addClickListener(e -> RxNavigation.toVerificationQueue());
        documentChoice.addValueChangeListener(e -> showDocument(e.getValue()));
        refreshLink.addClickListener(e -> showDocument(documentChoice.getValue()));
        approve.addClickListener(e -> approve());
        reject.addClickListener(e -> ReasonDialog.ask("Reject prescription", "Why is it rejected? The customer sees "
                + "this, so say what to do (a readable photo, the whole page, a current prescription).", "Reject",
                this::reject));

        var heading = new Div(back, title, status);
        heading.addClassName("editor-heading");
        var docTools = new HorizontalLayout(documentChoice, openInTab, refreshLink);
        docTools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        docTools.addClassName("toolbar");
        var documentSide = new Div(docTools, viewer);
        documentSide.addClassName("rx-verify-document");
        var actions = new HorizontalLayout(approve, reject);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        var formSide = new Div(form, confirmed, actions);
        formSide.addClassName("rx-verify-form");
        var sides = new Div(documentSide, formSide);
        sides.addClassName("rx-verify");
        add(heading, changedBanner, hint, sides);
        addClassName("rx-verification");
        approve.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(form.enterScope())
                .resetFocusOnActiveElement();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // The document and the form need the whole width of a tablet: fold the menu away.
        Component parent = getParent().orElse(null);
        while (parent != null && !(parent instanceof AppLayout)) {
            parent = parent.getParent().orElse(null);
        }
        if (parent instanceof AppLayout layout && layout.isOverlay()) {
            return;
        }
        if (parent instanceof AppLayout layout) {
            layout.setDrawerOpened(false);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("rx").flatMap(Prescribing::prescriptionId);
        try {
            open(prescriptions.prescription(id.orElseThrow(PrescriptionNotFound::new)));
        } catch (PrescriptionNotFound missing) {
            FieldErrors.error(missing.getMessage());
            event.forwardTo(RxVerificationQueueView.class);
        }
    }

    private void open(PrescriptionView rx) {
        task = rx;
        changedBanner.setVisible(false);
        title.setText(rx.kind().label() + " · " + rx.wearerName()
                + (rx.wearerName().equals(rx.customerName()) ? "" : " (" + rx.customerName() + ")"));
        status.removeAll();
        status.add(Prescribing.status(rx.status()));
        form.fill(rx);
        form.kind.setReadOnly(true);
        confirmed.setValue(false);

        documentChoice.setItems(rx.documents());
        documentChoice.setVisible(rx.documents().size() > 1);
        if (rx.documents().isEmpty()) {
            showDocument(null);
        } else {
            documentChoice.setValue(rx.documents().getLast());
        }

        boolean open = rx.status() == RxStatus.AWAITING_VERIFICATION;
        boolean optician = Prescribing.canVerify();
        approve.setVisible(optician);
        reject.setVisible(optician);
        approve.setEnabled(open);
        reject.setEnabled(open);
        confirmed.setVisible(optician);
        form.setReadOnly(!optician || !open);
        form.kind.setReadOnly(true);
        if (!open) {
            hint.setText("This prescription is " + rx.status().label().toLowerCase(java.util.Locale.ROOT)
                    + (rx.verifiedBy() != null ? " (by " + rx.verifiedBy() + ")" : "") + ": nothing to do here.");
        } else if (!optician) {
            hint.setText("Only an optician can approve or reject a prescription. You can look at it here.");
        } else {
            hint.setText((rx.hasValues() ? "The customer typed these values: check each one against the document. "
                    : "Type the values from the document. ")
                    + "Tab moves along the paper; Enter approves.");
            if (form.first() instanceof com.vaadin.flow.component.Focusable<?> first) {
                first.focus();
            }
        }
    }

    /** Shows the document through a fresh signed link: PDFs in a frame, photos as an image. */
    private void showDocument(@Nullable RxDocumentInfo document) {
        viewer.removeAll();
        if (document == null) {
            shownUrl = null;
            openInTab.setVisible(false);
            refreshLink.setVisible(false);
            var none = new Paragraph("No document: the values were typed by the customer.");
            none.addClassName("hint");
            viewer.add(none);
            return;
        }
        String url = Prescribing.documentUrl(rxDocuments, document.id());
        shownUrl = url;
        if (document.contentType().equals("application/pdf")) {
            var frame = new IFrame(url);
            frame.setTitle(document.fileName());
            frame.addClassName("rx-document");
            viewer.add(frame);
        } else {
            var image = new Image(url, "Prescription document " + document.fileName());
            image.addClassName("rx-document");
            viewer.add(image);
        }
        openInTab.setHref(url);
        openInTab.setVisible(true);
        refreshLink.setVisible(true);
    }

    void approve() {
        if (task == null || !approve.isVisible() || !approve.isEnabled()) {
            return;
        }
        var draft = form.draft(task.wearer());
        if (draft.isEmpty()) {
            return;
        }
        try {
            prescriptions.verify(task.id(), task.lockVersion(), draft.get(), confirmed.getValue());
            FieldErrors.success("Verified: " + task.wearerName() + "'s prescription.");
            next(task.id());
        } catch (InvalidPrescription bad) {
            form.show(bad.field(), bad.getMessage());
        } catch (PrescriptionChanged stale) {
            showChanged(stale.getMessage());
        }
    }

    private void reject(String reason) {
        if (task == null) {
            return;
        }
        try {
            prescriptions.reject(task.id(), task.lockVersion(), reason);
            FieldErrors.success("Rejected: the customer is asked for a new document.");
            next(task.id());
        } catch (PrescriptionChanged stale) {
            showChanged(stale.getMessage());
        } catch (InvalidPrescription bad) {
            FieldErrors.error(bad.getMessage());
        }
    }

    /** On to the oldest task still waiting, or back to the (empty) queue. */
    private void next(PrescriptionId done) {
        List<VerificationTask> queue = prescriptions.verificationQueue();
        queue.stream().filter(t -> !t.id().equals(done)).findFirst()
                .ifPresentOrElse(t -> RxNavigation.toVerification(t.id()), RxNavigation::toVerificationQueue);
    }

    /**
     * Someone else changed the prescription (a new document, an amendment, a decision): the typed values stay, the
     * task becomes the latest version (its documents and status), so approving again is a knowing choice.
     */
    private void showChanged(String message) {
        String next = "";
        if (task != null) {
            PrescriptionView latest = prescriptions.prescription(task.id());
            task = latest;
            status.removeAll();
            status.add(Prescribing.status(latest.status()));
            RxDocumentInfo shownDocument = documentChoice.getValue();
            documentChoice.setItems(latest.documents());
            documentChoice.setVisible(latest.documents().size() > 1);
            if (!latest.documents().isEmpty()) {
                documentChoice.setValue(latest.documents().contains(shownDocument) ? shownDocument
                        : latest.documents().getLast());
            }
            boolean open = latest.status() == RxStatus.AWAITING_VERIFICATION;
            approve.setEnabled(open);
            reject.setEnabled(open);
            next = open ? " Check the latest documents, then approve or reject again."
                    : " It is " + latest.status().label().toLowerCase(java.util.Locale.ROOT) + " now.";
        }
        changedMessage.setText(message + " Your typed values are still here." + next);
        changedBanner.setVisible(true);
        FieldErrors.error(message);
    }
}
