package dev.focal.backoffice.inventory;

import dev.focal.backoffice.KaribuTest;
import dev.focal.backoffice.ui.Scanner;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteParameters;
import dev.focal.IntegrationTest;
import dev.focal.backoffice.ui.ScanField.Kind;
import dev.focal.backoffice.ui.ScanField.Outcome;
import dev.focal.catalog.Catalog;
import dev.focal.identity.Role;
import dev.focal.inventory.CountScope;
import dev.focal.inventory.CountSheetStatus;
import dev.focal.inventory.CycleCountReview;
import dev.focal.inventory.CycleCounting;
import dev.focal.inventory.CycleCounts;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.StockReceipt;
import dev.focal.inventory.InventoryFixtures;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import dev.focal.inventory.NewCountSheet;
import dev.focal.inventory.StockFigures;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Blind counting on the tablet screen with scanned input, then review: the counter cannot approve. */
@IntegrationTest
class CycleCountViewsTest extends KaribuTest {

    @Autowired
    CycleCounts counts;
    @Autowired
    CycleCounting counting;
    @Autowired
    CycleCountReview reviews;
    @Autowired
    Inventory inventory;
    @Autowired
    Locations locations;
    @Autowired
    Catalog catalog;

    final Scanner.Time time = new Scanner.Time();
    String sku;
    Location here;
    String number;

    @BeforeEach
    void sheet() {
        signInAs("count-view-admin", Role.ADMIN);
        sku = InventoryFixtures.newSku(catalog, "KCV");
        here = InventoryFixtures.newLocation(locations, "KC");
        inventory.receive(new StockReceipt(sku, here.code(), "A-01-01", 3, null, null, "PURCHASE_ORDER", "PO-KC", null), null);
        number = counts.create(new NewCountSheet(here.code(), CountScope.LOCATION, List.of(), List.of()));
    }

    CountSheetView openCounting(String username) {
        signInAs(username, Role.WAREHOUSE);
        UI.getCurrent().navigate(CountSheetView.class, new RouteParameters("number", number));
        var view = _get(CountSheetView.class);
        view.scan.setClock(time);
        return view;
    }

    void scan(String code) {
        time.advance(Duration.ofSeconds(2));
        Scanner.scan(code);
    }

    int onHand() {
        return inventory.stockOf(sku).stream().filter(f -> f.locationCode().equals(here.code()))
                .mapToInt(StockFigures::onHand).sum();
    }

    @Test
    void scanning_a_bin_then_units_counts_blind_and_an_unknown_barcode_is_refused() {
        var view = openCounting("kc-counter");
        assertThat(view.counted.getColumns()).extracting(Grid.Column::getHeaderText).doesNotContain("Expected");
        assertThat(GridKt._size(view.counted)).as("nothing expected is shown").isZero();

        scan(sku);
        assertThat(view.scan.lastOutcome()).map(Outcome::kind).contains(Kind.REFUSED);
        assertThat(view.scan.statusText()).contains("Scan the bin first");

        scan(here.code() + "/A-01-01");
        assertThat(view.currentBin()).isEqualTo(here.code() + "/A-01-01");
        assertThat(view.place.getElement().getTextRecursively()).contains(here.code() + "/A-01-01");

        scan(sku);
        scan(sku);
        // The scanner's double read of the same unit within a second is ignored.
        Scanner.scan(sku);
        assertThat(view.scan.lastOutcome()).map(Outcome::message).hasValueSatisfying(m -> assertThat(m).contains(": 2 counted"));

        scan("9780000000002");
        assertThat(view.scan.lastOutcome()).map(Outcome::kind).contains(Kind.REFUSED);
        assertThat(view.scan.statusText()).startsWith("Unknown barcode 9780000000002");

        assertThat(GridKt._get(view.counted, 0).counted()).isEqualTo(2);
        _click(view.submit);

        _get(CountsView.class);
        assertThat(reviews.review(number).status()).isEqualTo(CountSheetStatus.SUBMITTED);
        assertThat(reviews.review(number).lines()).singleElement()
                .satisfies(l -> assertThat(l.variance()).isEqualTo(-1));
    }

    @Test
    void the_counter_cannot_approve_and_a_second_person_can() {
        var view = openCounting("kc-counter-2");
        scan(here.code() + "/A-01-01");
        view.typedSku.setValue(sku);
        view.typedCount.setValue(5);
        _click(view.setCount);
        _click(view.submit);

        UI.getCurrent().navigate(CountReviewView.class, new RouteParameters("number", number));
        var review = _get(CountReviewView.class);
        _click(review.approve);
        assertThat(review.problem.getText()).contains("You counted " + number);
        assertThat(reviews.review(number).status()).isEqualTo(CountSheetStatus.SUBMITTED);
        assertThat(onHand()).isEqualTo(3);

        signInAs("kc-reviewer", Role.WAREHOUSE);
        UI.getCurrent().navigate(CountReviewView.class, new RouteParameters("number", number));
        review = _get(CountReviewView.class);
        assertThat(GridKt._get(review.grid, 0).variance()).isEqualTo(2);
        _click(review.approve);

        assertThat(reviews.review(number).status()).isEqualTo(CountSheetStatus.APPROVED);
        assertThat(reviews.review(number).approvedBy()).isEqualTo("kc-reviewer");
        assertThat(onHand()).isEqualTo(5);
        assertThat(review.approve.isEnabled()).isFalse();
    }
}
