package dev.focal.backoffice.procurement;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.procurement.ProcurementAccess;
import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import dev.focal.backoffice.ui.ReasonDialog;
import dev.focal.backoffice.ui.StaffAccess;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.focal.catalog.Catalog;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import dev.focal.procurement.ProcurementExceptions.InvalidPurchaseInput;
import dev.focal.procurement.ProcurementExceptions.PurchaseActionRefused;
import dev.focal.procurement.ProcurementExceptions.PurchaseRecordChanged;
import dev.focal.procurement.ProcurementExceptions.PurchaseRecordNotFound;
import dev.focal.procurement.PurchaseOrderDetails;
import dev.focal.procurement.PurchaseOrderEvent;
import dev.focal.procurement.PurchaseOrderLine;
import dev.focal.procurement.PurchaseOrderStatus;
import dev.focal.procurement.PurchaseOrders;
import dev.focal.procurement.ReceiptView;
import dev.focal.procurement.Receiving;
import dev.focal.procurement.Suppliers;
import java.io.ByteArrayInputStream;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One purchase order ({@code purchase-orders/<number>}): its header, lines (edited while it is a draft, each
 * line's problem shown on its row), the actions its state and the user's role allow, its receipts with what
 * each line has received and still awaits, its history, and the PDF the supplier gets. The author of a PO
 * cannot approve it. A change over someone else's newer change is refused with a banner to reload.
 */
@Route(value = "purchase-orders/:number", layout = MainLayout.class)
@PageTitle("Purchase order")
@AllowedFor(ProcurementAccess.PO_READERS)
class PurchaseOrderView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final Span status = new Span();
    final Button back = new Button("Purchase orders", VaadinIcon.ARROW_LEFT.create());
    final Button editHeader = new Button("Delivery details…", VaadinIcon.EDIT.create());
    final Button submit = new Button("Submit for approval", VaadinIcon.PAPERPLANE_O.create());
    final Button approve = new Button("Approve", VaadinIcon.CHECK.create());
    final Button reject = new Button("Reject…", VaadinIcon.ARROW_BACKWARD.create());
    final Button send = new Button("Send to supplier", VaadinIcon.ENVELOPE_O.create());
    final Button cancel = new Button("Cancel PO…", VaadinIcon.BAN.create());
    final Button close = new Button("Close", VaadinIcon.CHECK_SQUARE_O.create());
    final Anchor pdf = new Anchor();
    final Paragraph hint = new Paragraph();
    final Div facts = new Div();
    final Div changedBanner = new Div();
    final Span changedMessage = new Span();
    final PurchaseOrderLinesEditor linesEditor;
    final Grid<PurchaseOrderLine> lines = new Grid<>();
    final Grid<ReceiptView> receipts = new Grid<>();
    final Grid<PurchaseOrderEvent> history = new Grid<>();
    TabSheet tabs = new TabSheet();

    private final PurchaseOrders orders;
    private final Receiving receiving;
    private final Locations locations;
    private @Nullable PurchaseOrderDetails order;

    PurchaseOrderView(PurchaseOrders orders, Receiving receiving, Suppliers suppliers, Catalog catalog,
                      Locations locations) {
        this.orders = orders;
        this.receiving = receiving;
        this.locations = locations;
        linesEditor = new PurchaseOrderLinesEditor(suppliers, catalog, this::saveLines);
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        pdf.add(VaadinIcon.DOWNLOAD.create(), new Span("Download PDF"));
        pdf.addClassName("button-link");
        hint.addClassName("hint");
        facts.addClassName("facts");
        changedBanner.addClassName("changed-banner");
        changedBanner.setVisible(false);
        changedBanner.add(VaadinIcon.WARNING.create(), changedMessage,
                new Button("Reload", VaadinIcon.REFRESH.create(), e -> reload()));

        lines.addColumn(PurchaseOrderLine::lineNo).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        lines.addColumn(PurchaseOrderLine::sku).setHeader("SKU").setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(PurchaseOrderLine::description).setHeader("Product").setFlexGrow(2);
        lines.addColumn(l -> Objects.requireNonNullElse(l.supplierSku(), "—")).setHeader("Supplier SKU")
                .setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(PurchaseOrderLine::ordered).setHeader("Ordered").setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(PurchaseOrderLine::received).setHeader("Received").setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(PurchaseOrderLine::damaged).setHeader("Damaged").setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(PurchaseOrderLine::outstanding).setHeader("Outstanding").setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(l -> Formats.unitCost(l.unitCost(), currency())).setHeader("Unit cost").setAutoWidth(true)
                .setFlexGrow(0);
        lines.addColumn(l -> Formats.money(l.lineTotal(), currency())).setHeader("Line total").setAutoWidth(true)
                .setFlexGrow(0);
        lines.addColumn(l -> Formats.date(l.expectedOn())).setHeader("Expected").setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(l -> l.status().label()).setHeader("State").setAutoWidth(true).setFlexGrow(0);
        lines.setAllRowsVisible(true);

        receipts.addColumn(ReceiptView::number).setHeader("Receipt").setAutoWidth(true).setFlexGrow(0);
        receipts.addColumn(r -> Formats.dateTime(r.receivedAt())).setHeader("Received").setAutoWidth(true)
                .setFlexGrow(0);
        receipts.addColumn(ReceiptView::receivedBy).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        receipts.addColumn(ReceiptView::locationCode).setHeader("At").setAutoWidth(true).setFlexGrow(0);
        receipts.addColumn(ReceiptView::quantity).setHeader("Good units").setAutoWidth(true).setFlexGrow(0);
        receipts.addColumn(ReceiptView::damaged).setHeader("Damaged").setAutoWidth(true).setFlexGrow(0);
        receipts.addColumn(r -> Objects.requireNonNullElse(r.note(), "")).setHeader("Note").setFlexGrow(1);
        receipts.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(PurchaseOrderView::receiptLines));
        receipts.setEmptyStateText("Nothing received yet.");
        receipts.setAllRowsVisible(true);

        history.addColumn(e -> Formats.dateTime(e.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(PurchaseOrderEvent::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(PurchaseOrderView::describe).setHeader("What").setFlexGrow(1);
        history.setAllRowsVisible(true);
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        receipts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        back.addClickListener(e -> ProcurementNavigation.toPurchaseOrders());
        editHeader.addClickListener(e -> {
            if (order != null) {
                new PurchaseOrderHeaderDialog(orders, locations.active(), order, this::reload, this::showChanged).open();
            }
        });
        submit.addClickListener(e -> act("submitted", o -> orders.submit(o.number(), o.version())));
        approve.addClickListener(e -> act("approved", o -> orders.approve(o.number(), o.version())));
        reject.addClickListener(e -> ReasonDialog.ask("Reject " + numberOrEmpty(), "Why is it rejected? The author "
                + "sees this and can change the draft.", "Reject", reason -> act("rejected: it is a draft again",
                o -> orders.reject(o.number(), o.version(), reason))));
        send.addClickListener(e -> act("sent: the supplier gets it by e-mail with the PDF",
                o -> orders.send(o.number(), o.version())));
        cancel.addClickListener(e -> ReasonDialog.ask("Cancel " + numberOrEmpty(), "Why is it cancelled? "
                + "The supplier is not told automatically.", "Cancel PO", reason -> act("cancelled",
                o -> orders.cancel(o.number(), o.version(), reason))));
        close.addClickListener(e -> act("closed", o -> orders.close(o.number(), o.version())));

        var heading = new Div(back, title, status);
        heading.addClassName("editor-heading");
        var spacer = new Div();
        var actions = new HorizontalLayout(editHeader, submit, approve, reject, send, close, cancel, spacer, pdf);
        actions.addClassName("toolbar");
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.setWidthFull();
        actions.expand(spacer);
        tabs.setWidthFull();
        add(heading, actions, changedBanner, hint, facts, tabs);
        addClassName("purchase-order");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String number = event.getRouteParameters().get("number").orElse("");
        try {
            open(orders.get(number));
        } catch (PurchaseRecordNotFound missing) {
            FieldErrors.error("There is no purchase order " + number + ".");
            event.forwardTo(PurchaseOrdersView.class);
        }
    }

    private void open(PurchaseOrderDetails details) {
        order = details;
        changedBanner.setVisible(false);
        title.setText(details.number());
        status.removeAll();
        status.add(Purchasing.status(details.status()));
        showFacts(details);
        showActions(details);

        int selected = tabs.getSelectedIndex();
        var fresh = new TabSheet();
        fresh.setWidthFull();
        replace(tabs, fresh);
        tabs = fresh;
        boolean editing = details.editable() && Purchasing.canBuy();
        if (editing) {
            linesEditor.open(details);
            tabs.add("Lines (" + details.lines().size() + ")", linesEditor);
        } else {
            lines.setItems(details.lines());
            tabs.add("Lines (" + details.lines().size() + ")", lines);
        }
        var received = receiving.receiptsOf(details.number());
        receipts.setItems(received);
        tabs.add("Receipts (" + received.size() + ")", receipts);
        history.setItems(orders.history(details.number()));
        tabs.add("History", history);
        tabs.setSelectedIndex(Math.max(selected, 0));

        pdf.setHref(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = orders.pdf(details.number());
            return new DownloadResponse(new ByteArrayInputStream(bytes), details.number() + ".pdf",
                    "application/pdf", bytes.length);
        }));
        pdf.setVisible(!details.lines().isEmpty());
    }

    private void showFacts(PurchaseOrderDetails d) {
        facts.removeAll();
        fact("Supplier", d.supplier().code() + " · " + d.supplier().name());
        fact("Deliver to", locations.find(d.deliverTo()).map(Location::label).orElse(d.deliverTo()));
        fact("Expected on", Formats.date(d.expectedOn()));
        fact("Total", Formats.money(d.total()));
        fact("Payment terms", d.supplier().paymentTerms());
        fact("Author", d.author() + ", " + Formats.dateTime(d.createdAt()));
        if (d.submittedAt() != null) {
            fact("Submitted", Formats.dateTime(d.submittedAt()));
        }
        if (d.approvedAt() != null) {
            fact("Approved", (d.approver() == null ? "within the approval limit" : "by " + d.approver()) + ", "
                    + Formats.dateTime(d.approvedAt()));
        }
        if (d.sentAt() != null) {
            fact("Sent", Formats.dateTime(d.sentAt()) + " to " + d.supplier().email());
        }
        if (d.closedAt() != null) {
            fact(d.status() == PurchaseOrderStatus.CANCELLED ? "Cancelled" : "Closed", Formats.dateTime(d.closedAt()));
        }
        if (!d.lines().isEmpty() && d.status() != PurchaseOrderStatus.DRAFT) {
            fact("Received", d.received() + " of " + d.ordered() + " units, " + d.outstanding() + " outstanding");
        }
        if (d.note() != null) {
            fact("Note", d.note());
        }
        if (d.rejectionReason() != null && d.status() == PurchaseOrderStatus.DRAFT) {
            fact("Rejected because", d.rejectionReason());
        }
        if (d.cancelReason() != null) {
            fact("Cancelled because", d.cancelReason());
        }
    }

    private void fact(String label, String value) {
        facts.add(Formats.fact(label, value));
    }

    private void showActions(PurchaseOrderDetails d) {
        boolean buyer = Purchasing.canBuy();
        PurchaseOrderStatus s = d.status();
        boolean author = StaffAccess.currentUser().map(u -> u.getUsername().equals(d.author())).orElse(false);
        editHeader.setVisible(buyer && s == PurchaseOrderStatus.DRAFT);
        submit.setVisible(buyer && s == PurchaseOrderStatus.DRAFT);
        submit.setEnabled(!d.lines().isEmpty());
        approve.setVisible(buyer && s == PurchaseOrderStatus.SUBMITTED);
        approve.setEnabled(!author);
        reject.setVisible(buyer && s == PurchaseOrderStatus.SUBMITTED);
        reject.setEnabled(!author);
        send.setVisible(buyer && s == PurchaseOrderStatus.APPROVED);
        close.setVisible(buyer && (s == PurchaseOrderStatus.PARTIALLY_RECEIVED || s == PurchaseOrderStatus.RECEIVED));
        cancel.setVisible(buyer && d.received() == 0 && !s.finished() && s != PurchaseOrderStatus.RECEIVED);
        hint.setText(switch (s) {
            case DRAFT -> d.lines().isEmpty() ? "Add the lines, save them, then submit the PO."
                    : "Submit it when the lines are complete: above the approval limit someone other than you approves it.";
            case SUBMITTED -> author ? "Waiting for approval by someone other than you (you wrote this PO)."
                    : "Waiting for approval: approve it, or reject it with a reason.";
            case APPROVED -> "Approved: send it to " + d.supplier().email() + ".";
            case SENT -> "Sent: receive deliveries against it on the receiving screen.";
            case PARTIALLY_RECEIVED -> "Partly received: close it to give up the outstanding units.";
            case RECEIVED -> "Everything received: close it.";
            case CLOSED, CANCELLED -> "";
        });
        hint.setVisible(!hint.getText().isEmpty());
    }

    /** Runs a state change on the PO as read; then shows it anew with a message. */
    private void act(String done, PoAction action) {
        if (order == null) {
            return;
        }
        try {
            action.run(order);
            FieldErrors.success(order.number() + " " + done + ".");
            open(orders.get(order.number()));
        } catch (PurchaseRecordChanged stale) {
            showChanged(stale.getMessage());
        } catch (PurchaseActionRefused | InvalidPurchaseInput refused) {
            FieldErrors.error(refused.getMessage());
        }
    }

    private void saveLines(PurchaseOrderLinesEditor editor) {
        if (order == null) {
            return;
        }
        try {
            orders.setLines(order.number(), order.version(), editor.drafts());
            FieldErrors.success("Lines of " + order.number() + " saved.");
            open(orders.get(order.number()));
        } catch (InvalidPurchaseInput bad) {
            editor.show(bad.field(), bad.getMessage());
        } catch (PurchaseRecordChanged stale) {
            showChanged(stale.getMessage());
        } catch (PurchaseActionRefused refused) {
            FieldErrors.error(refused.getMessage());
        }
    }

    private void showChanged(String message) {
        changedMessage.setText(message);
        changedBanner.setVisible(true);
        FieldErrors.error(message);
    }

    private void reload() {
        if (order != null) {
            open(orders.get(order.number()));
        }
    }

    private String numberOrEmpty() {
        return order == null ? "" : order.number();
    }

    private String currency() {
        return order == null ? "" : order.supplier().currency();
    }

    static String describe(PurchaseOrderEvent event) {
        var text = new StringBuilder(switch (event.action()) {
            case "CREATED" -> "Created";
            case "LINES" -> "Lines changed";
            case "EDITED" -> "Delivery details changed";
            case "SUBMITTED" -> "Submitted for approval";
            case "APPROVED" -> "Approved";
            case "REJECTED" -> "Rejected";
            case "SENT" -> "Sent to the supplier";
            case "RECEIVED" -> "Goods received";
            case "CANCELLED" -> "Cancelled";
            case "CLOSED" -> "Closed";
            default -> event.action();
        });
        if (event.from() != null && event.to() != null) {
            text.append(" (").append(event.from().label()).append(" → ").append(event.to().label()).append(')');
        }
        if (event.detail() != null && !event.detail().isBlank()) {
            text.append(": ").append(event.detail());
        }
        return text.toString();
    }

    private static Component receiptLines(ReceiptView receipt) {
        var grid = new Grid<ReceiptView.Line>();
        grid.addColumn(ReceiptView.Line::poLineNo).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        grid.addColumn(ReceiptView.Line::sku).setHeader("SKU").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReceiptView.Line::description).setHeader("Product").setFlexGrow(1);
        grid.addColumn(ReceiptView.Line::quantity).setHeader("Good").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReceiptView.Line::damaged).setHeader("Damaged").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> Objects.requireNonNullElse(l.lot(), "")).setHeader("Lot").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> Formats.date(l.expiresOn())).setHeader("Expires").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> Objects.requireNonNullElse(l.binCode(), "")).setHeader("Bin").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(receipt.lines());
        grid.setAllRowsVisible(true);
        return grid;
    }

    @FunctionalInterface
    private interface PoAction {
        void run(PurchaseOrderDetails order);
    }
}
