package dev.focal.backoffice.home;

import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.admin.AdminNavigation;
import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import dev.focal.backoffice.procurement.ProcurementNavigation;
import dev.focal.backoffice.customers.RxNavigation;
import dev.focal.backoffice.ui.StaffAccess;
import dev.focal.backoffice.ui.StatCard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.focal.audit.AuditEntryView;
import dev.focal.audit.AuditFilter;
import dev.focal.audit.AuditLog;
import dev.focal.customers.PrescriptionDesk;
import dev.focal.identity.Role;
import dev.focal.identity.StaffUserFilter;
import dev.focal.identity.StaffUserService;
import dev.focal.notifications.MessageFilter;
import dev.focal.notifications.MessageLog;
import dev.focal.notifications.StaffAlerts;
import dev.focal.platform.JobMonitor;
import dev.focal.procurement.PurchaseOrderFilter;
import dev.focal.procurement.PurchaseOrderStatus;
import dev.focal.procurement.PurchaseOrders;
import dev.focal.procurement.ReorderProposalStatus;
import dev.focal.procurement.ReorderProposals;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.data.domain.PageRequest;

/**
 * The start page: open alerts for your roles at the top (a stock ledger mismatch, for admins), who you are
 * and what your roles let you do, your own recent activity (sign-ins), for opticians and admins the prescriptions
 * waiting for verification, for buyers and admins the purchase
 * orders and proposals waiting for them, and for admins the health of the background jobs and the latest
 * audit entries.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Home")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout {

    final Div alerts = new Div();

    private static RouterLink openQueue() {
        var link = RxNavigation.verificationQueueLink();
        link.setText("Open the verification queue");
        return link;
    }

    HomeView(AuditLog audit, JobMonitor jobs, StaffUserService staff, MessageLog messages, StaffAlerts staffAlerts,
             PurchaseOrders orders, ReorderProposals proposals, PrescriptionDesk prescriptions) {
        addClassName("home-view");
        var user = StaffAccess.currentUser().orElseThrow();
        alerts.addClassName("staff-alerts");
        showAlerts(staffAlerts);
        add(alerts, new H2("Hello, " + user.displayName()));

        var roles = new Div();
        roles.addClassName("role-cards");
        user.roles().stream().sorted().forEach(role -> roles.add(card(role.label(), role.description())));
        add(new Paragraph("You are signed in as " + user.getUsername() + "."), roles);

        if (user.roles().contains(Role.OPTICIAN) || user.roles().contains(Role.ADMIN)) {
            int waiting = prescriptions.verificationQueue().size();
            var card = RxNavigation.verificationQueueLink();
            card.add(waiting == 0 ? StatCard.zeroIsGood("Prescriptions awaiting verification", 0)
                    : new StatCard(waiting == 1 ? "Prescription awaiting verification" : "Prescriptions awaiting verification",
                    waiting, StatCard.Tone.BAD));
            card.addClassName("stat-link");
            var rx = new Div(card);
            rx.addClassName("stat-cards");
            add(new H3("Prescriptions"), rx, openQueue());
        }
        if (user.roles().contains(Role.BUYER) || user.roles().contains(Role.ADMIN)) {
            var buying = new Div();
            buying.addClassName("stat-cards");
            buying.add(new StatCard("Draft POs", orders.count(PurchaseOrderFilter.of(PurchaseOrderStatus.DRAFT))),
                    new StatCard("POs awaiting approval", orders.count(PurchaseOrderFilter.of(PurchaseOrderStatus.SUBMITTED))),
                    new StatCard("Approved, not sent", orders.count(PurchaseOrderFilter.of(PurchaseOrderStatus.APPROVED))),
                    new StatCard("Open reorder proposals", proposals.count(ReorderProposalStatus.OPEN)));
            add(new H3("Purchasing"), buying, ProcurementNavigation.purchaseOrdersLink("Open purchase orders"),
                    ProcurementNavigation.reorderProposalsLink("Open reorder proposals"));
        }
        if (user.roles().contains(Role.ADMIN)) {
            var counts = jobs.counts();
            var health = new Div();
            health.addClassName("stat-cards");
            health.add(new StatCard("Jobs waiting", counts.enqueued() + counts.scheduled()),
                    new StatCard("Jobs running", counts.processing()),
                    StatCard.zeroIsGood("Jobs failed", counts.failed()),
                    new StatCard("Jobs succeeded", counts.succeeded() + counts.allTimeSucceeded()),
                    StatCard.zeroIsBad("Job servers", counts.servers()),
                    new StatCard("Staff users", staff.count(StaffUserFilter.all())),
                    new StatCard("Messages", messages.find(MessageFilter.all(), PageRequest.of(0, 1)).getTotalElements()));
            add(new H3("Operations"), health, AdminNavigation.jobsLink("Open background jobs"));
            add(new H3("Latest audit entries"),
                    activity(audit.find(AuditFilter.all(), PageRequest.of(0, 8)).getContent(), true),
                    AdminNavigation.auditTrailLink("Search the audit trail"));
        }
        add(new H3("Your recent activity"), activity(audit.mine(8), false));
    }

    /** Each open alert with its text and a Dismiss button (for everyone with the alert's role). */
    private void showAlerts(StaffAlerts staffAlerts) {
        alerts.removeAll();
        for (var alert : staffAlerts.open()) {
            var body = new Paragraph(alert.body());
            body.addClassName("staff-alert-body");
            var dismiss = new Button("Dismiss", e -> {
                try {
                    staffAlerts.dismiss(alert.id());
                } catch (StaffAlerts.AlertNotOpen gone) {
                    FieldErrors.error(gone.getMessage());
                }
                showAlerts(staffAlerts);
            });
            dismiss.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            var title = new Span(alert.title());
            title.addClassName("staff-alert-title");
            var when = new Span(Formats.dateTime(alert.createdAt()));
            when.addClassName("staff-alert-when");
            var box = new Div(title, when, body, dismiss);
            box.addClassName("staff-alert");
            alerts.add(box);
        }
        alerts.setVisible(alerts.getComponentCount() > 0);
    }

    private static Component card(String title, String text) {
        var card = new Div(new Span(title), new Paragraph(text));
        card.addClassName("card");
        return card;
    }

    private static Grid<AuditEntryView> activity(List<AuditEntryView> entries, boolean withActor) {
        var grid = new Grid<AuditEntryView>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        if (withActor) {
            grid.addColumn(AuditEntryView::actor).setHeader("Who").setAutoWidth(true);
        }
        grid.addColumn(e -> e.action().label()).setHeader("What").setAutoWidth(true);
        grid.addColumn(e -> e.details() == null ? "" : e.details()).setHeader("Details").setFlexGrow(1);
        grid.addColumn(e -> e.remoteAddress() == null ? "" : e.remoteAddress()).setHeader("From").setAutoWidth(true);
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        grid.addClassName("activity");
        return grid;
    }
}
