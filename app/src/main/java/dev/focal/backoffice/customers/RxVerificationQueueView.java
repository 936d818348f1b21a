package dev.focal.backoffice.customers;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.customers.CustomersAccess;
import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.customers.PrescriptionDesk;
import dev.focal.customers.VerificationTask;
import java.time.Clock;
import java.time.Duration;

/**
 * Prescriptions waiting for an optician, oldest first: mostly documents customers uploaded, to be transcribed and
 * checked. A tap opens the task with the document beside the entry form. Associates see the queue; opticians and
 * admins work it.
 */
@Route(value = "rx-verification", layout = MainLayout.class)
@PageTitle("Rx verification")
@Menu(title = "Rx verification", order = 2, icon = "vaadin:clipboard-check")
@MenuArea(Area.CUSTOMERS)
@AllowedFor(CustomersAccess.RX_DESK)
class RxVerificationQueueView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<VerificationTask> grid = new Grid<>();
    final Paragraph hint = new Paragraph();
    private final PrescriptionDesk prescriptions;
    private final Clock clock;

    RxVerificationQueueView(PrescriptionDesk prescriptions, Clock clock) {
        this.prescriptions = prescriptions;
        this.clock = clock;
        hint.addClassName("hint");
        grid.addColumn(t -> Formats.dateTime(t.submittedAt())).setHeader("Submitted").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> waiting(t)).setHeader("Waiting").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(VerificationTask::customerName).setHeader("Customer").setFlexGrow(1);
        grid.addColumn(VerificationTask::wearerName).setHeader("Wearer").setFlexGrow(1);
        grid.addColumn(t -> t.kind().label()).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.source().label()).setHeader("Source").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(VerificationTask::documents).setHeader("Documents").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("Nothing waits for verification.");
        grid.addItemClickListener(e -> RxNavigation.toVerification(e.getItem().id()));
        setSizeFull();
        add(hint, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var tasks = prescriptions.verificationQueue();
        grid.setItems(tasks);
        if (tasks.isEmpty()) {
            hint.setText("No prescription waits for verification.");
            return;
        }
        hint.setText(tasks.size() + (tasks.size() == 1 ? " prescription waits" : " prescriptions wait")
                + " for verification, oldest first."
                + (Prescribing.canVerify() ? " Open one to transcribe the document and approve or reject it."
                : " Opticians verify them; you can open one to look at it."));
    }

    private String waiting(VerificationTask task) {
        Duration waited = Duration.between(task.submittedAt(), clock.instant());
        if (waited.toDays() >= 1) {
            return waited.toDays() + " d " + waited.toHoursPart() + " h";
        }
        return waited.toHours() > 0 ? waited.toHours() + " h " + waited.toMinutesPart() + " min"
                : Math.max(0, waited.toMinutes()) + " min";
    }
}
