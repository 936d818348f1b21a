package dev.focal.backoffice.inventory;

import dev.focal.backoffice.KaribuTest;
import dev.focal.backoffice.ui.Scanner;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.focal.IntegrationTest;
import dev.focal.backoffice.ui.ScanField.Kind;
import dev.focal.backoffice.ui.ScanField.Outcome;
import dev.focal.catalog.Catalog;
import dev.focal.identity.Role;
import dev.focal.inventory.BinStock;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.StockReceipt;
import dev.focal.inventory.InventoryFixtures;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Putaway by scanning the SKU and then the bin; wrong bins and too many units are refused. */
@IntegrationTest
class PutawayViewTest extends KaribuTest {

    @Autowired
    Inventory inventory;
    @Autowired
    Locations locations;
    @Autowired
    Catalog catalog;

    String sku;
    Location here;

    @BeforeEach
    void stock() {
        signInAs("putaway-admin", Role.ADMIN);
        sku = InventoryFixtures.newSku(catalog, "PUT");
        here = InventoryFixtures.newLocation(locations, "PA");
        inventory.receive(new StockReceipt(sku, here.code(), null, 7, "L-1", LocalDate.now().plusYears(1), "PURCHASE_ORDER",
                "PO-PUT", null), null);
        signInAs("putaway-warehouse", Role.WAREHOUSE);
        UI.getCurrent().navigate(PutawayView.class);
        view().location.setValue(here);
    }

    PutawayView view() {
        return _get(PutawayView.class);
    }

    @Test
    void the_location_starts_at_the_main_warehouse_and_is_remembered_for_the_session() {
        // this session chose the test location in setUp
        UI.getCurrent().navigate(StockOverviewView.class);
        UI.getCurrent().navigate(PutawayView.class);
        assertThat(view().location.getValue()).isEqualTo(here);
    }

    @Test
    void scanning_the_sku_then_the_bin_puts_all_unplaced_units_away() {
        Scanner.scan(sku);
        var view = view();
        assertThat(view.scan.lastOutcome()).map(Outcome::kind).contains(Kind.ACCEPTED);
        assertThat(view.source.getValue().binCode()).isNull();
        assertThat(view.quantity.getValue()).isEqualTo(7);

        Scanner.scan(here.code() + "/A-01-02");
        assertThat(view.target.getValue()).isEqualTo(here.code() + "/A-01-02");
        _click(view.confirm);

        assertThat(view.scan.lastOutcome()).map(Outcome::kind).contains(Kind.ACCEPTED);
        assertThat(inventory.placesOf(sku)).singleElement().satisfies(b -> {
            assertThat(b.binCode()).isEqualTo(here.code() + "/A-01-02");
            assertThat(b.lot()).isEqualTo("L-1");
            assertThat(b.onHand()).isEqualTo(7);
        });
        assertThat(view.done.getListDataView().getItems().toList()).first()
                .satisfies(d -> assertThat(d.to()).isEqualTo(here.code() + "/A-01-02"));
        assertThat(view.confirm.isEnabled()).isFalse();
    }

    @Test
    void part_of_the_units_can_go_into_a_bin() {
        Scanner.scan(sku);
        Scanner.scan(here.code() + "/A-01-01");
        view().quantity.setValue(4);
        _click(view().confirm);

        assertThat(inventory.placesOf(sku)).extracting(BinStock::placeLabel, BinStock::onHand)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(here.code() + " (not put away)", 3),
                        org.assertj.core.groups.Tuple.tuple(here.code() + "/A-01-01", 4));
    }

    @Test
    void a_bin_before_the_sku_a_bin_elsewhere_and_an_unknown_code_are_refused() {
        Scanner.scan(here.code() + "/A-01-01");
        assertThat(view().scan.lastOutcome()).map(Outcome::kind).contains(Kind.REFUSED);

        Scanner.scan(sku);
        Scanner.scan("WH1/A-01-01");
        assertThat(view().scan.lastOutcome()).map(Outcome::kind).contains(Kind.REFUSED);
        assertThat(view().scan.statusText()).contains("not at " + here.code());
        assertThat(view().target.getValue()).isNull();

        Scanner.scan("NOPE-" + sku);
        assertThat(view().scan.statusText()).startsWith("Unknown code");
    }

    @Test
    void more_than_is_there_is_refused_at_the_quantity_and_nothing_moves() {
        Scanner.scan(sku);
        Scanner.scan(here.code() + "/A-01-01");
        view().quantity.setValue(9);
        _click(view().confirm);

        assertThat(view().quantity.isInvalid()).isTrue();
        assertThat(view().scan.lastOutcome()).map(Outcome::kind).contains(Kind.REFUSED);
        assertThat(inventory.placesOf(sku)).singleElement().satisfies(b -> assertThat(b.binCode()).isNull());
    }

    @Test
    void arriving_with_a_sku_in_the_address_starts_with_it() {
        UI.getCurrent().navigate(PutawayView.class, com.vaadin.flow.router.QueryParameters.of("sku", sku));

        assertThat(view().quantity.getValue()).isEqualTo(7);
    }
}
