package dev.focal.backoffice.admin;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.shared.Roles;
import dev.focal.backoffice.ui.StatCard;
import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.catalog.CatalogSearch;
import dev.focal.customers.RxKeyRotation;
import dev.focal.customers.RxRekeying;
import dev.focal.inventory.LedgerCheck;
import dev.focal.catalog.opensearch.SearchIndexAdmin;
import dev.focal.platform.JobMonitor;
import dev.focal.platform.JobMonitor.JobSummary;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jobrunr.jobs.states.StateName;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Admins watch the background jobs: counts per state, failed jobs with their error, and retry; and how far a
 * rotation of the prescription key has got, with a button that starts the re-encryption (ADR 0020).
 */
@Route(value = "jobs", layout = MainLayout.class)
@PageTitle("Background jobs")
@Menu(title = "Background jobs", order = 3, icon = "vaadin:cogs")
@MenuArea(Area.ADMIN)
@AllowedFor(Roles.ADMINS_ONLY)
class JobsView extends VerticalLayout {

    final Grid<JobSummary> grid = new Grid<>();
    final Tabs states = new Tabs();
    private final Div counts = new Div();
    final Div rxKey = new Div();
    private final RxRekeying rxRekeying;
    private final Map<Tab, StateName> tabStates = new LinkedHashMap<>();
    private final JobMonitor jobs;
    private final LedgerCheck ledgerCheck;
    private StateName state = StateName.FAILED;

    JobsView(JobMonitor jobs, CatalogSearch search, ObjectProvider<SearchIndexAdmin> searchIndex, LedgerCheck ledgerCheck,
             RxRekeying rxRekeying) {
        this.ledgerCheck = ledgerCheck;
        this.rxRekeying = rxRekeying;
        rxKey.addClassName("rx-key-rotation");
        this.jobs = jobs;
        counts.addClassName("stat-cards");
        for (var s : new StateName[]{StateName.FAILED, StateName.ENQUEUED, StateName.PROCESSING, StateName.SCHEDULED,
                StateName.SUCCEEDED}) {
            var tab = new Tab(label(s));
            tabStates.put(tab, s);
            states.add(tab);
        }
        grid.addColumn(j -> Formats.dateTimeSeconds(j.updatedAt())).setHeader("Updated").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(JobSummary::name).setHeader("Job").setFlexGrow(1);
        grid.addColumn(j -> j.failures() == 0 ? "" : String.valueOf(j.failures())).setHeader("Failures").setAutoWidth(true);
        grid.addColumn(j -> j.error() == null ? "" : j.error()).setHeader("Last error").setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(j -> {
            var trace = new Pre(j.stackTrace() == null ? "No error recorded." : j.stackTrace());
            trace.addClassName("stack-trace");
            return trace;
        }));
        grid.setItemsPageable(pageable -> jobs.jobs(state, pageable.getOffset(), pageable.getPageSize()),
                pageable -> (int) Math.min(Integer.MAX_VALUE, jobs.count(state)));

        states.addSelectedChangeListener(e -> {
            state = tabStates.get(e.getSelectedTab());
            refresh();
        });
        var reload = new Button("Refresh", VaadinIcon.REFRESH.create(), e -> refresh());

        var header = new HorizontalLayout(states, reload);
        // With OpenSearch configured, admins can rebuild the index (a new index, then an alias swap)
        searchIndex.ifAvailable(index -> {
            var rebuild = new Button("Rebuild search index", VaadinIcon.SEARCH.create(), e -> {
                var id = index.reindex();
                Notification.show("Search index rebuild started (job " + id + "). Searches keep using the current"
                        + " index until the new one is complete.", 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            });
            rebuild.getElement().setAttribute("title", "Search backend: " + search.backend());
            header.add(rebuild);
        });
        var ledger = new Button("Check stock ledger", VaadinIcon.SCALE_UNBALANCE.create(), e -> {
            var id = ledgerCheck.runNow();
            Notification.show("Stock ledger check started (job " + id + "). Differences appear as an alert on the"
                    + " start page and in the audit trail.", 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        header.add(ledger);
        var rekey = new Button("Re-encrypt prescriptions", VaadinIcon.KEY.create(), e -> {
            var id = rxRekeying.start();
            Notification.show("Re-encryption with the current prescription key started (job " + id + ").", 6000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        header.add(rekey);
        header.setWidthFull();
        header.expand(states);
        setSizeFull();
        add(counts, rxKey, header, grid);
        showCounts();
        showRxKey();
    }

    /** The prescription key: what is still under an older key, and the latest re-encryption run's progress. */
    private void showRxKey() {
        RxKeyRotation rotation = rxRekeying.rotation();
        String state = rotation.complete()
                ? "Every prescription and document is encrypted with the current key " + rotation.currentKeyId()
                + (rotation.previousKeysConfigured() ? "; FOCAL_RX_PREVIOUS_KEYS can be removed." : ".")
                : rotation.versionsLeft() + " prescription version(s) and " + rotation.documentsLeft()
                + " document(s) are still encrypted with a previous key.";
        var run = rotation.latestRun();
        String progress = run == null ? "" : " Last re-encryption, started " + Formats.dateTime(run.startedAt())
                + " by " + run.startedBy() + ": " + run.versionsDone() + " of " + run.versionsTotal() + " version(s), "
                + run.documentsDone() + " of " + run.documentsTotal() + " document(s)"
                + (run.running() ? ", running" : ", finished " + Formats.dateTime(run.finishedAt()))
                + (run.failures() == 0 ? "." : "; " + run.failures() + " could not be decrypted (" + run.lastError() + ").");
        rxKey.setText("Prescription key: " + state + progress);
    }

    private Component actions(JobSummary job) {
        if (job.state() != StateName.FAILED) {
            return new Span();
        }
        var retry = new Button("Retry", VaadinIcon.ROTATE_LEFT.create(), e -> {
            try {
                jobs.retry(job.id());
                Notification.show("Job queued again.", 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalArgumentException | IllegalStateException refused) {
                Notification.show(refused.getMessage(), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return retry;
    }

    void refresh() {
        showCounts();
        showRxKey();
        grid.getDataProvider().refreshAll();
    }

    private void showCounts() {
        var c = jobs.counts();
        counts.removeAll();
        counts.add(StatCard.zeroIsGood("Failed", c.failed()), new StatCard("Enqueued", c.enqueued()),
                new StatCard("Processing", c.processing()), new StatCard("Scheduled", c.scheduled()),
                new StatCard("Succeeded", c.succeeded()), new StatCard("Recurring", c.recurring()),
                StatCard.zeroIsBad("Job servers", c.servers()));
    }

    private static String label(StateName state) {
        var name = state.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
