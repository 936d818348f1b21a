package dev.focal.backoffice.procurement;

import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.focal.procurement.ProcurementExceptions.InvalidPurchaseInput;
import dev.focal.procurement.ProcurementExceptions.PurchaseActionRefused;
import dev.focal.procurement.ProcurementExceptions.PurchaseRecordChanged;
import dev.focal.procurement.ReorderProposal;
import dev.focal.procurement.ReorderProposalLine;
import dev.focal.procurement.ReorderProposalStatus;
import dev.focal.procurement.ReorderProposals;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One supplier's proposal: heading with total and actions, and its lines with the figures, the math and (while
 * open) a quantity field saved on change. Errors show at the quantity; a proposal changed by someone else is
 * reloaded with a message.
 */
class ReorderProposalCard extends Div {

    final H3 title = new H3();
    final Span facts = new Span();
    final Grid<ReorderProposalLine> lines = new Grid<>();
    final Button accept = new Button("Accept: create draft POs", VaadinIcon.CHECK.create());
    final DatePicker snoozeUntil = new DatePicker();
    final Button snooze = new Button("Snooze", VaadinIcon.CLOCK.create());
    final Div poLinks = new Div();
    final Map<UUID, IntegerField> quantities = new HashMap<>();

    private final ReorderProposals proposals;
    private final Runnable onDecided;
    private ReorderProposal proposal;

    ReorderProposalCard(ReorderProposals proposals, UUID id, Runnable onDecided) {
        this.proposals = proposals;
        this.onDecided = onDecided;
        this.proposal = proposals.get(id);
        addClassName("proposal");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        snoozeUntil.setPlaceholder("Until");
        snoozeUntil.setAriaLabel("Snooze until");
        snoozeUntil.setMin(LocalDate.now(Formats.ZONE).plusDays(1));
        snoozeUntil.setValue(LocalDate.now(Formats.ZONE).plusWeeks(1));
        snoozeUntil.setWidth("10rem");

        lines.addColumn(new ComponentRenderer<>(this::product)).setHeader("SKU and how its quantity came about")
                .setFlexGrow(1).setWidth("12rem");
        lines.addColumn(ReorderProposalLine::locationCode).setHeader("For").setWidth("5.5rem").setFlexGrow(0);
        lines.addColumn(new ComponentRenderer<>(this::quantity)).setHeader("Order").setWidth("9.5rem").setFlexGrow(0);
        lines.addColumn(l -> Formats.money(l.lineTotal(), proposal.currency())).setHeader("Total")
                .setWidth("7.5rem").setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        lines.setAllRowsVisible(true);
        lines.setWidthFull();

        accept.addClickListener(e -> accept());
        snooze.addClickListener(e -> snooze());

        var spacer = new Span();
        spacer.addClassName("spacer");
        var heading = new Div(title, facts, spacer, poLinks, snoozeUntil, snooze, accept);
        heading.addClassName("proposal-heading");
        add(heading, lines);
        show();
    }

    private void show() {
        title.setText(proposal.supplierCode() + " · " + proposal.supplierName());
        boolean open = proposal.status() == ReorderProposalStatus.OPEN;
        int units = proposal.lines().stream().mapToInt(ReorderProposalLine::quantity).sum();
        String state = switch (proposal.status()) {
            case OPEN -> "Proposed " + Formats.dateTime(proposal.updatedAt());
            case ACCEPTED -> "Accepted by " + proposal.decidedBy();
            case SNOOZED -> "Snoozed until " + Formats.date(proposal.snoozedUntil()) + " by " + proposal.decidedBy();
        };
        facts.setText(state + " · " + proposal.lines().size() + " lines, " + units + " units, "
                + Formats.money(proposal.total()));
        accept.setVisible(open);
        snooze.setVisible(open);
        snoozeUntil.setVisible(open);
        poLinks.removeAll();
        for (String number : proposal.poNumbers()) {
            var link = new Button(number, VaadinIcon.CART.create(), e -> ProcurementNavigation.toPurchaseOrder(number));
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            poLinks.add(link);
        }
        quantities.clear();
        lines.setItems(proposal.lines());
    }

    private Component product(ReorderProposalLine line) {
        var sku = new Span(line.sku() + " · " + line.description());
        sku.getStyle().set("font-weight", "500");
        var math = new Span(line.math());
        math.addClassName("math");
        var cell = new Div(sku, math);
        cell.addClassName("cell-2");
        return cell;
    }

    private Component quantity(ReorderProposalLine line) {
        if (proposal.status() != ReorderProposalStatus.OPEN) {
            return new Span(String.valueOf(line.quantity()));
        }
        var field = quantities.computeIfAbsent(line.id(), id -> {
            var f = new IntegerField();
            f.setAriaLabel("Quantity of " + line.sku() + " for " + line.locationCode());
            f.setMin(0);
            f.setStepButtonsVisible(true);
            f.setWidthFull();
            f.setValue(line.quantity());
            f.setHelperText((line.edited() ? "changed from " : "suggested ") + line.suggested()
                    + (line.packSize() > 1 ? ", packs of " + line.packSize() : ""));
            f.addValueChangeListener(e -> updateLine(line, f));
            return f;
        });
        return field;
    }

    void updateLine(ReorderProposalLine line, IntegerField field) {
        field.setInvalid(false);
        if (field.getValue() == null) {
            FieldErrors.invalid(field, "Enter a quantity, 0 to leave it out.");
            return;
        }
        if (field.getValue() == line.quantity()) {
            return;
        }
        try {
            proposals.updateLine(proposal.id(), proposal.version(), line.id(), field.getValue());
            proposal = proposals.get(proposal.id());
            show();
        } catch (InvalidPurchaseInput bad) {
            FieldErrors.invalid(field, bad.getMessage());
        } catch (PurchaseRecordChanged | PurchaseActionRefused stale) {
            reloadWith(stale.getMessage());
        }
    }

    private void accept() {
        try {
            List<String> numbers = proposals.accept(proposal.id(), proposal.version());
            FieldErrors.success("Draft " + (numbers.size() == 1 ? "PO " : "POs ") + String.join(", ", numbers)
                    + " created from the proposal of " + proposal.supplierCode() + ".");
            if (numbers.size() == 1) {
                ProcurementNavigation.toPurchaseOrder(numbers.getFirst());
            } else {
                proposal = proposals.get(proposal.id());
                show();
            }
        } catch (InvalidPurchaseInput bad) {
            FieldErrors.error(bad.getMessage());
        } catch (PurchaseRecordChanged | PurchaseActionRefused stale) {
            reloadWith(stale.getMessage());
        }
    }

    private void snooze() {
        snoozeUntil.setInvalid(false);
        if (snoozeUntil.getValue() == null) {
            FieldErrors.invalid(snoozeUntil, "Choose until when.");
            return;
        }
        try {
            proposals.snooze(proposal.id(), proposal.version(), snoozeUntil.getValue());
            FieldErrors.success("Proposal of " + proposal.supplierCode() + " snoozed until "
                    + Formats.date(snoozeUntil.getValue()) + ".");
            onDecided.run();
        } catch (InvalidPurchaseInput bad) {
            FieldErrors.invalid(snoozeUntil, bad.getMessage());
        } catch (PurchaseRecordChanged | PurchaseActionRefused stale) {
            reloadWith(stale.getMessage());
        }
    }

    private void reloadWith(String message) {
        FieldErrors.error(message + " It was reloaded.");
        proposal = proposals.get(proposal.id());
        show();
    }

    ReorderProposal proposal() {
        return proposal;
    }
}
