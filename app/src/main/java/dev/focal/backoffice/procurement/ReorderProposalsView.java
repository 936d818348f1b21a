package dev.focal.backoffice.procurement;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.procurement.ProcurementAccess;
import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.shell.MainLayout;
import dev.focal.backoffice.ui.Toolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.procurement.ReorderProposalStatus;
import dev.focal.procurement.ReorderProposalSummary;
import dev.focal.procurement.ReorderProposals;
import dev.focal.procurement.ReorderRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;

/**
 * What the reorder job proposes to order, one card per supplier: each line with its figures and the math that
 * led to its quantity. A buyer changes quantities (0 leaves a line out), accepts a proposal (it becomes draft
 * POs, one per deliver-to location, and the screen opens them) or snoozes it until a date. "Generate now" runs
 * the calculation at once instead of waiting for the nightly job.
 */
@Route(value = "reorder-proposals", layout = MainLayout.class)
@PageTitle("Reorder proposals")
@Menu(title = "Reorder proposals", order = 3, icon = "vaadin:lightbulb")
@MenuArea(Area.PURCHASING)
@AllowedFor(ProcurementAccess.BUYERS)
class ReorderProposalsView extends VerticalLayout {

    /** At most this many proposals are shown; there is one open proposal per supplier at most. */
    static final int SHOWN = 50;

    final Select<Optional<ReorderProposalStatus>> status = new Select<>();
    final Button generate = new Button("Generate now", VaadinIcon.REFRESH.create());
    final Paragraph summary = new Paragraph();
    final Div cards = new Div();

    private final ReorderProposals proposals;

    ReorderProposalsView(ReorderProposals proposals) {
        this.proposals = proposals;
        status.setLabel("Show");
        var choices = new ArrayList<Optional<ReorderProposalStatus>>();
        for (ReorderProposalStatus s : ReorderProposalStatus.values()) {
            choices.add(Optional.of(s));
        }
        choices.add(Optional.empty());
        status.setItems(choices);
        status.setItemLabelGenerator(s -> s.map(ReorderProposalStatus::label).orElse("All"));
        status.setValue(Optional.of(ReorderProposalStatus.OPEN));
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        summary.addClassName("hint");
        cards.setWidthFull();

        status.addValueChangeListener(e -> refresh());
        generate.addClickListener(e -> generate());

        var toolbar = Toolbar.of(summary, status, generate);
        add(toolbar, cards);
        refresh();
    }

    void refresh() {
        cards.removeAll();
        ReorderProposalStatus wanted = status.getValue().orElse(null);
        List<ReorderProposalSummary> found = proposals.find(wanted, PageRequest.of(0, SHOWN));
        long total = proposals.count(wanted);
        found.forEach(p -> cards.add(new ReorderProposalCard(proposals, p.id(), this::refresh)));
        summary.setText(found.isEmpty() ? (wanted == ReorderProposalStatus.OPEN
                ? "Nothing to reorder: every policy's stock position is above its reorder point, or snoozed."
                : "No proposals.")
                : total > found.size() ? "The newest " + found.size() + " of " + total + " proposals."
                : found.size() + (found.size() == 1 ? " proposal." : " proposals."));
    }

    private void generate() {
        ReorderRun run = proposals.generate();
        String text = "Checked " + run.policiesChecked() + " policies: " + run.lines() + " lines in "
                + run.proposals() + (run.proposals() == 1 ? " proposal" : " proposals")
                + (run.snoozed() > 0 ? ", " + run.snoozed() + " snoozed" : "") + ".";
        if (!run.withoutSupplier().isEmpty()) {
            text += " No supplier sells " + String.join(", ", run.withoutSupplier()) + ": add supplier items.";
        }
        FieldErrors.success(text);
        status.setValue(Optional.of(ReorderProposalStatus.OPEN));
        refresh();
    }
}
