package dev.focal.backoffice.inventory;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.inventory.InventoryAccess;
import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.inventory.CountReview;
import dev.focal.inventory.CountSheetStatus;
import dev.focal.inventory.CycleCountReview;
import dev.focal.inventory.CycleCounts;
import dev.focal.inventory.VarianceLine;
import dev.focal.inventory.InventoryExceptions.InsufficientStock;
import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.InventoryExceptions.StockNotFound;
import dev.focal.inventory.InventoryExceptions.StockRecordChanged;
import dev.focal.inventory.StockDocumentRefused;
import dev.focal.shared.Actors;
import java.util.Locale;

/**
 * Review of a submitted count sheet by a second person: expected (the snapshot), counted, variance, and the
 * stock of each place today (a line whose stock changed since the snapshot is marked and must be recounted).
 * Approve turns the variances into COUNT adjustments; selected lines can be sent back for recount.
 */
@Route(value = "counts/:number/review", layout = MainLayout.class)
@PageTitle("Count review")
@AllowedFor(InventoryAccess.STOCK_KEEPERS)
class CountReviewView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final Paragraph facts = new Paragraph();
    final Paragraph problem = new Paragraph();
    final Grid<VarianceLine> grid = new Grid<>();
    final Button approve = new Button("Approve variances", VaadinIcon.CHECK.create());
    final Button sendBack = new Button("Send selected back for recount", VaadinIcon.REFRESH.create());
    final Button cancel = new Button("Cancel sheet", VaadinIcon.TRASH.create());

    private final CycleCounts counts;
    private final CycleCountReview reviews;
    private String number = "";
    private long version;

    CountReviewView(CycleCounts counts, CycleCountReview reviews) {
        this.counts = counts;
        this.reviews = reviews;
        addClassName("warehouse-view");
        problem.addClassName("count-problem");
        problem.setVisible(false);
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        approve.addClassName("big-button");
        sendBack.addThemeVariants(ButtonVariant.LUMO_LARGE);
        sendBack.addClassName("big-button");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);

        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(VarianceLine::placeLabel).setHeader("Place").setAutoWidth(true);
        grid.addColumn(VarianceLine::sku).setHeader("SKU").setAutoWidth(true);
        grid.addColumn(VarianceLine::description).setHeader("Product").setFlexGrow(1);
        grid.addColumn(VarianceLine::expected).setHeader("Expected").setAutoWidth(true);
        grid.addColumn(l -> l.counted() == null ? "—" : String.valueOf(l.counted())).setHeader("Counted").setAutoWidth(true);
        grid.addComponentColumn(CountReviewView::variance).setHeader("Variance").setAutoWidth(true);
        grid.addColumn(VarianceLine::now).setHeader("Stock now").setAutoWidth(true);
        grid.addComponentColumn(CountReviewView::note).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setPartNameGenerator(l -> l.stale() ? "below-reorder" : null);

        approve.addClickListener(e -> approve());
        sendBack.addClickListener(e -> sendBack());
        cancel.addClickListener(e -> cancelSheet());

        add(new HorizontalLayout(title, facts), problem, grid, new HorizontalLayout(approve, sendBack, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        number = event.getRouteParameters().get("number").orElse("");
        try {
            refresh();
        } catch (StockNotFound e) {
            FieldErrors.error(e.getMessage());
            event.forwardTo(CountsView.class);
        }
    }

    private void approve() {
        try {
            reviews.approve(number, version);
            FieldErrors.success(number + " approved: variances were booked as cycle count adjustments.");
            refresh();
        } catch (StockDocumentRefused | StockRecordChanged | InsufficientStock e) {
            refuse(e.getMessage());
        }
    }

    private void sendBack() {
        try {
            reviews.sendBack(number, version, grid.getSelectedItems().stream().map(VarianceLine::id).toList());
            FieldErrors.success("Sent back: " + number + " is counted again.");
            refresh();
        } catch (StockDocumentRefused | StockRecordChanged | InvalidStockInput e) {
            refuse(e.getMessage());
        }
    }

    private void cancelSheet() {
        try {
            counts.cancel(number, version);
            FieldErrors.success(number + " cancelled; no stock changed.");
            InventoryNavigation.toCounts();
        } catch (StockDocumentRefused | StockRecordChanged e) {
            refuse(e.getMessage());
        }
    }

    private void refuse(String message) {
        problem.setText(message);
        problem.setVisible(true);
        FieldErrors.error(message);
        refresh();
    }

    private void refresh() {
        CountReview review = reviews.review(number);
        version = review.version();
        title.setText(review.number());
        String who = review.counters().isEmpty() ? "nobody yet" : String.join(", ", review.counters());
        facts.setText(review.locationCode() + " · " + review.scopeText() + " · " + review.status().label()
                + " · counted by " + who
                + (review.approvedBy() == null ? "" : " · approved by " + review.approvedBy() + " "
                   + Formats.dateTime(review.approvedAt())));
        grid.setItems(review.lines());
        boolean submitted = review.status() == CountSheetStatus.SUBMITTED;
        boolean counter = review.counters().contains(Actors.current());
        approve.setEnabled(submitted);
        sendBack.setEnabled(submitted);
        cancel.setVisible(review.status() == CountSheetStatus.COUNTING || submitted);
        if (submitted && counter) {
            approve.setTooltipText("You counted this sheet: a second person approves it.");
        }
        if (!submitted && review.status() != CountSheetStatus.APPROVED) {
            problem.setText(review.number() + " is " + review.status().label().toLowerCase(Locale.ROOT) + ".");
            problem.setVisible(true);
        }
    }

    private static Span variance(VarianceLine line) {
        int v = line.variance();
        return Formats.badge(Formats.signed(v), v == 0 ? "success" : "error");
    }

    private static Span note(VarianceLine line) {
        if (line.stale()) {
            return Formats.badge("Stock changed since the snapshot: recount", "error");
        }
        return line.recount() ? Formats.badge("Recounted", "contrast") : new Span();
    }
}
