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
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.focal.audit.AuditEntryView;
import dev.focal.audit.AuditFilter;
import dev.focal.audit.AuditLog;
import dev.focal.backoffice.inventory.InventoryNavigation;
import dev.focal.customers.CustomersAccess;
import dev.focal.customers.PrescriptionDesk;
import dev.focal.inventory.CountSheetStatus;
import dev.focal.inventory.CycleCounts;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.InventoryAccess;
import dev.focal.inventory.StockFilter;
import dev.focal.inventory.TransferFilter;
import dev.focal.inventory.TransferStatus;
import dev.focal.inventory.Transfers;
import dev.focal.procurement.ProcurementAccess;
import dev.focal.shared.Roles;
import org.jobrunr.jobs.states.StateName;
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
 * The start page: open alerts for your roles at the top (a stock ledger mismatch, for admins), who you are and what
 * your roles let you do, then your work, one section per role you hold and one queue per kind of task, each item a
 * link to the screen where it is done (warehouse: deliveries due, stock below its reorder point, lots expiring, count
 * sheets to review, transfers to receive; buyers: approvals and reorder proposals; opticians: prescriptions to verify;
 * admins: failed jobs). Each queue asks for its count and its first few items only, so the page stays fast with large
 * data. Opticians and admins also see the verification count, buyers and admins the purchasing counts; admins the
 * health of the background jobs and the latest audit entries; everyone their own recent activity.
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
             PurchaseOrders orders, ReorderProposals proposals, PrescriptionDesk prescriptions, Inventory stock,
             CycleCounts countSheets, Transfers transfers) {
        addClassName("home-view");
        var user = StaffAccess.currentUser().orElseThrow();
        alerts.addClassName("staff-alerts");
        showAlerts(staffAlerts);
        add(alerts, new H2("Hello, " + user.displayName()));

        var roles = new Div();
        roles.addClassName("role-cards");
        user.roles().stream().sorted().forEach(role -> roles.add(card(role.label(), role.description())));
        add(new Paragraph("You are signed in as " + user.getUsername() + "."), roles);
        if (StaffAccess.allows(InventoryAccess.STOCK_KEEPERS)) {
            add(warehouseWork(orders, stock, countSheets, transfers));
        }
        if (StaffAccess.allows(ProcurementAccess.BUYERS)) {
            add(buyingWork(orders, proposals));
        }
        if (StaffAccess.allows(CustomersAccess.RX_VERIFIERS)) {
            add(verificationWork(prescriptions));
        }
        if (StaffAccess.allows(Roles.ADMINS_ONLY)) {
            add(adminWork(jobs));
        }

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

    /** Deliveries due, stock to reorder or use up, counts to review, transfers to receive. */
    private static Section warehouseWork(PurchaseOrders orders, Inventory stock, CycleCounts counts,
                                         Transfers transfers) {
        var first = PageRequest.of(0, WorkQueue.FIRST);
        var belowReorderPoint = new StockFilter(null, null, null, true, null);
        var inTransit = new TransferFilter(TransferStatus.DISPATCHED, null, null);
        return section("warehouse", "Warehouse work",
                new WorkQueue("Purchase orders due today", orders.countDueToday(), orders.dueToday(WorkQueue.FIRST)
                        .stream().map(po -> ProcurementNavigation.purchaseOrderLink(po.number() + " from "
                                + po.supplierName() + ", expected " + Formats.date(po.expectedOn()) + ", "
                                + po.outstanding() + " units outstanding", po.number())).toList(),
                        ProcurementNavigation::purchaseOrdersLink, "No deliveries are due today."),
                new WorkQueue("Below reorder point", stock.countOverview(belowReorderPoint),
                        stock.overview(belowReorderPoint, first).stream().map(row -> InventoryNavigation.lookupLink(
                                row.sku() + " " + row.description() + " at " + row.locationCode() + ": "
                                        + row.available() + " available, reorder point " + row.reorderPoint(),
                                row.sku())).toList(),
                        InventoryNavigation::stockLink, "Nothing is below its reorder point."),
                new WorkQueue("Lots expiring within " + InventoryNavigation.NEAR_EXPIRY_DAYS + " days",
                        stock.countExpiringLots(InventoryNavigation.NEAR_EXPIRY_DAYS),
                        stock.expiringLots(InventoryNavigation.NEAR_EXPIRY_DAYS, WorkQueue.FIRST).stream().map(
                                lot -> InventoryNavigation.lookupLink(lot.sku() + " " + lot.description() + " at "
                                        + lot.locationCode() + (lot.lot().isEmpty() ? "" : ", lot " + lot.lot()) + ": "
                                        + lot.onHand() + " units expire on " + Formats.date(lot.expiresOn()),
                                        lot.sku())).toList(),
                        InventoryNavigation::stockLink, "No lots expire soon."),
                new WorkQueue("Count sheets to review", counts.count(CountSheetStatus.SUBMITTED),
                        counts.find(CountSheetStatus.SUBMITTED, first).stream().map(sheet ->
                                InventoryNavigation.countReviewLink(sheet.number() + " at " + sheet.locationCode()
                                        + ", " + sheet.scopeText(), sheet.number())).toList(),
                        InventoryNavigation::countsLink, "No count sheets wait for review."),
                new WorkQueue("Transfers to receive", transfers.count(inTransit),
                        transfers.find(inTransit, first).stream().map(transfer -> InventoryNavigation.transferLink(
                                transfer.number() + " from " + transfer.fromLocation() + " to "
                                        + transfer.toLocation() + ", " + transfer.units() + " units", transfer.number()))
                                .toList(),
                        InventoryNavigation::transfersLink, "No transfers are on their way."));
    }

    /** Purchase orders to approve and reorder proposals to turn into orders. */
    private static Section buyingWork(PurchaseOrders orders, ReorderProposals proposals) {
        var awaiting = PurchaseOrderFilter.of(PurchaseOrderStatus.SUBMITTED);
        return section("buyer", "Purchasing work",
                new WorkQueue("Purchase orders awaiting approval", orders.count(awaiting),
                        orders.find(awaiting, PageRequest.of(0, WorkQueue.FIRST)).stream().map(po ->
                                ProcurementNavigation.purchaseOrderLink(po.number() + " from " + po.supplierName()
                                        + ", " + Formats.money(po.total()), po.number())).toList(),
                        ProcurementNavigation::purchaseOrdersLink, "No purchase orders wait for approval."),
                new WorkQueue("Reorder proposals", proposals.count(ReorderProposalStatus.OPEN),
                        proposals.find(ReorderProposalStatus.OPEN, PageRequest.of(0, WorkQueue.FIRST)).stream().map(
                                proposal -> ProcurementNavigation.reorderProposalsLink(proposal.supplierName() + ": "
                                        + proposal.lines() + " lines, " + proposal.units() + " units")).toList(),
                        ProcurementNavigation::reorderProposalsLink, "No reorder proposals are open."));
    }

    /** Prescriptions waiting for an optician, the longest waiting first. */
    private static Section verificationWork(PrescriptionDesk prescriptions) {
        return section("optician", "Prescription work",
                new WorkQueue("Prescriptions to verify", prescriptions.countAwaitingVerification(),
                        prescriptions.verificationQueue(WorkQueue.FIRST).stream().map(task ->
                                RxNavigation.verificationLink(task.customerName() + " for " + task.wearerName()
                                        + ", waiting since " + Formats.dateTime(task.submittedAt()), task.id()))
                                .toList(),
                        text -> {
                            var link = RxNavigation.verificationQueueLink();
                            link.setText(text);
                            return link;
                        }, "No prescriptions wait for verification."));
    }

    /** Background jobs that failed and wait for a retry or a look. */
    private static Section adminWork(JobMonitor jobs) {
        return section("admin", "Administration work",
                new WorkQueue("Failed background jobs", jobs.count(StateName.FAILED),
                        jobs.jobs(StateName.FAILED, 0, WorkQueue.FIRST).stream().map(job -> AdminNavigation.jobsLink(
                                job.name() + ", failed " + job.failures() + " times, last " + Formats.dateTime(
                                        job.updatedAt()))).toList(),
                        AdminNavigation::jobsLink, "No background jobs have failed."));
    }

    private static Section section(String role, String heading, WorkQueue... queues) {
        var section = new Section(new H3(heading));
        section.addClassName("work-" + role);
        section.add(queues);
        return section;
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
