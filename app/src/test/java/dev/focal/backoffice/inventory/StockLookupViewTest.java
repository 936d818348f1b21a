package dev.focal.backoffice.inventory;

import dev.focal.backoffice.KaribuTest;
import dev.focal.backoffice.ui.Scanner;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import dev.focal.IntegrationTest;
import dev.focal.backoffice.ui.ScanField.Kind;
import dev.focal.backoffice.ui.ScanField.Outcome;
import dev.focal.catalog.Catalog;
import dev.focal.identity.Role;
import dev.focal.inventory.AdjustmentReason;
import dev.focal.inventory.BinStock;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.StockReceipt;
import dev.focal.inventory.InventoryFixtures;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import dev.focal.inventory.Reservations;
import dev.focal.inventory.ReservationLine;
import dev.focal.inventory.ReservationRequest;
import dev.focal.inventory.StockFigures;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Stock lookup by scanning: a SKU, a bin, an unknown code; adjusting from there with problems at the field. */
@IntegrationTest
class StockLookupViewTest extends KaribuTest {

    @Autowired
    Inventory inventory;
    @Autowired
    Locations locations;
    @Autowired
    Reservations reservations;
    @Autowired
    Catalog catalog;

    String sku;
    Location here;

    @BeforeEach
    void stock() {
        signInAs("lookup-admin", Role.ADMIN);
        sku = InventoryFixtures.newSku(catalog, "LOOK");
        here = InventoryFixtures.newLocation(locations, "LK");
        inventory.receive(new StockReceipt(sku, here.code(), "A-01-01", 5, null, null, "PURCHASE_ORDER", "PO-LOOK", null), null);
        inventory.receive(new StockReceipt(sku, here.code(), null, 3, null, null, "PURCHASE_ORDER", "PO-LOOK", null), null);
        reservations.reserve(new ReservationRequest("O-" + sku, List.of(new ReservationLine("1", sku, here.code(), 2)), null));
        signInAs("lookup-warehouse", Role.WAREHOUSE);
        UI.getCurrent().navigate(StockLookupView.class);
    }

    StockLookupView view() {
        return _get(StockLookupView.class);
    }

    @Test
    void scanning_a_sku_shows_its_figures_places_reservations_and_movements() {
        Scanner.scan(sku.toLowerCase());

        var view = view();
        assertThat(view.scan.lastOutcome()).map(Outcome::kind).contains(Kind.ACCEPTED);
        assertThat(view.figures.getListDataView().getItems().toList()).singleElement().satisfies(f -> {
            assertThat(f.locationCode()).isEqualTo(here.code());
            assertThat(List.of(f.onHand(), f.reserved(), f.available())).containsExactly(8, 2, 6);
        });
        assertThat(view.places.getListDataView().getItems().map(BinStock::placeLabel).toList())
                .containsExactlyInAnyOrder(here.code() + " (not put away)", here.code() + "/A-01-01");
        assertThat(view.reservations.getListDataView().getItems().toList()).singleElement()
                .satisfies(r -> assertThat(r.orderRef()).isEqualTo("O-" + sku));
        assertThat(GridKt._size(view.movements)).isEqualTo(3);
        assertThat(_get(Button.class, spec -> spec.withText("Adjust stock")).isVisible()).isTrue();
    }

    @Test
    void scanning_a_bin_shows_what_it_holds() {
        Scanner.scan(here.code() + "/A-01-01");

        var contents = view().contents.getListDataView().getItems().toList();
        assertThat(contents).singleElement().satisfies(b -> {
            assertThat(b.sku()).isEqualTo(sku);
            assertThat(b.onHand()).isEqualTo(5);
        });
    }

    @Test
    void an_unknown_code_is_refused_with_a_clear_message() {
        Scanner.scan("NO-SUCH-" + sku);

        var view = view();
        assertThat(view.scan.lastOutcome()).map(Outcome::kind).contains(Kind.REFUSED);
        assertThat(view.scan.statusText()).isEqualTo("Unknown code NO-SUCH-" + sku);
        assertThat(view.figures.isAttached()).isFalse();
    }

    @Test
    void the_sku_in_the_address_is_looked_up_on_arrival() {
        UI.getCurrent().navigate(StockLookupView.class, QueryParameters.of("code", sku));

        assertThat(view().figures.getListDataView().getItems().toList()).hasSize(1);
    }

    @Test
    void adjusting_shows_problems_at_their_field_and_then_books_the_change() {
        Scanner.scan(sku);
        _click(_get(Button.class, spec -> spec.withText("Adjust stock")));
        var dialog = _get(StockAdjustDialog.class);
        assertThat(dialog.location.getValue()).isEqualTo(here);

        dialog.delta.setValue(-20);
        dialog.reason.setValue(AdjustmentReason.LOST);
        _click(dialog.save);
        assertThat(dialog.delta.isInvalid()).isTrue();
        assertThat(dialog.delta.getErrorMessage()).startsWith("Only ");
        assertThat(inventory.stockOf(sku).getFirst().onHand()).isEqualTo(8);

        dialog.delta.setValue(2);
        dialog.reason.setValue(AdjustmentReason.CORRECTION);
        _click(dialog.save);
        assertThat(dialog.note.isInvalid()).isTrue();
        assertThat(inventory.stockOf(sku).getFirst().onHand()).isEqualTo(8);

        dialog.bin.setValue("Z-99-99");
        dialog.note.setValue("Miscounted at delivery");
        _click(dialog.save);
        assertThat(dialog.bin.isInvalid()).isTrue();

        dialog.bin.setValue(here.code() + "/A-01-01");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(inventory.stockOf(sku)).extracting(StockFigures::onHand).containsExactly(10);
        assertThat(view().figures.getListDataView().getItems().toList()).extracting(StockFigures::onHand)
                .containsExactly(10);
    }

    @Test
    void staff_who_do_not_keep_stock_look_it_up_without_the_buttons_to_change_it() {
        signInAs("lookup-associate", Role.ASSOCIATE);
        // Leave first: navigating to the route already shown keeps its instance, built for the warehouse user.
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(StockLookupView.class);
        Scanner.scan(sku);

        assertThat(view().figures.getListDataView().getItems().toList()).hasSize(1);
        assertThat(view().adjust.isVisible()).isFalse();
        assertThat(view().putAway.isVisible()).isFalse();
    }

    @Test
    void put_away_opens_the_putaway_screen_with_the_sku() {
        Scanner.scan(sku);
        _click(view().putAway);

        var putaway = _get(PutawayView.class);
        putaway.location.setValue(here);
        assertThat(putaway.quantity.getValue()).isEqualTo(3);
        assertThat(putaway.source.getValue().binCode()).isNull();
    }
}
