package dev.focal.backoffice.inventory;

import dev.focal.backoffice.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.identity.Role;
import dev.focal.inventory.Inventory;
import dev.focal.inventory.StockReceipt;
import dev.focal.inventory.InventoryFixtures;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import dev.focal.inventory.ReorderPolicies;
import dev.focal.inventory.StockRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The stock overview's filters: text, location, brand, below reorder point and lots expiring soon. */
@IntegrationTest
class StockOverviewViewTest extends KaribuTest {

    @Autowired
    Inventory inventory;
    @Autowired
    Locations locations;
    @Autowired
    Catalog catalog;
    @Autowired
    ReorderPolicies policies;

    String low;
    String plenty;
    Location here;
    Location there;

    @BeforeEach
    void stock() {
        signInAs("overview-admin", Role.ADMIN);
        low = InventoryFixtures.newSku(catalog, "OVL");
        plenty = InventoryFixtures.newSku(catalog, "OVP");
        here = InventoryFixtures.newLocation(locations, "OV");
        there = InventoryFixtures.newLocation(locations, "OW");
        inventory.receive(new StockReceipt(low, here.code(), null, 2, "EXP-1", LocalDate.now().plusDays(10), "PURCHASE_ORDER",
                "PO-OV", null), null);
        inventory.receive(new StockReceipt(plenty, here.code(), null, 50, null, null, "PURCHASE_ORDER", "PO-OV", null), null);
        inventory.receive(new StockReceipt(plenty, there.code(), null, 4, "EXP-2", LocalDate.now().plusDays(200),
                "PURCHASE_ORDER", "PO-OV", null), null);
        policies.save(low, here.code(), 1, 5, 10, null, null);
        policies.save(plenty, here.code(), 1, 5, 10, null, null);
        signInAs("overview-associate", Role.ASSOCIATE);
        UI.getCurrent().navigate(StockOverviewView.class);
    }

    StockOverviewView view() {
        return _get(StockOverviewView.class);
    }

    List<String> rows() {
        return GridKt._findAll(view().grid).stream().map(r -> r.sku() + "@" + r.locationCode()).toList();
    }

    @Test
    void the_text_filter_finds_a_sku_at_every_location() {
        view().search.setValue(plenty.toLowerCase());

        assertThat(rows()).containsExactly(plenty + "@" + here.code(), plenty + "@" + there.code());
        assertThat(view().count.getText()).isEqualTo("2 rows");
    }

    @Test
    void the_location_and_brand_filters_narrow_it_down() {
        view().location.setValue(there);
        assertThat(rows()).contains(plenty + "@" + there.code()).allMatch(r -> r.endsWith("@" + there.code()));

        view().location.clear();
        view().brand.setValue("Brand " + low);
        assertThat(rows()).containsExactly(low + "@" + here.code());
    }

    @Test
    void below_reorder_point_keeps_only_the_short_rows_and_marks_them() {
        view().location.setValue(here);
        view().belowReorder.setValue(true);

        assertThat(rows()).containsExactly(low + "@" + here.code());
        StockRow row = GridKt._get(view().grid, 0);
        assertThat(row.belowReorderPoint()).isTrue();
        assertThat(view().grid.getPartNameGenerator().apply(row)).contains("below-reorder").contains("near-expiry");
    }

    @Test
    void lots_expiring_within_some_days_keeps_those_rows() {
        view().search.setValue("OV");
        view().location.setValue(here);
        view().expiringWithin.setValue(30);
        assertThat(rows()).contains(low + "@" + here.code()).doesNotContain(plenty + "@" + here.code());

        view().location.clear();
        view().search.setValue(plenty);
        view().expiringWithin.setValue(365);
        assertThat(rows()).containsExactly(plenty + "@" + there.code());
    }

    @Test
    void a_tap_on_a_row_opens_the_sku_in_the_lookup() {
        view().search.setValue(low);
        GridKt._clickItem(view().grid, 0);

        var lookup = _get(StockLookupView.class);
        assertThat(lookup.figures.getListDataView().getItems().toList()).hasSize(1);
    }
}
