package dev.focal.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.IntegrationTest;
import dev.focal.catalog.Catalog;
import dev.focal.catalog.ProductDetails;
import dev.focal.catalog.ProductDraft;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Inventory's own SKU read model (inventory_sku, ADR 0013) follows the catalog and covers the demo data. */
@IntegrationTest
@WithMockUser(username = "stock-admin", roles = "ADMIN")
class InventorySkuReadModelTest {

    @Autowired
    Inventory inventory;
    @Autowired
    Locations locations;
    @Autowired
    Catalog catalog;
    @Autowired
    JdbcClient jdbc;

    @Test
    void renaming_a_product_in_the_catalog_shows_the_new_description_in_the_stock_listing() {
        String sku = InventoryFixtures.newSku(catalog, "RM");
        Location here = InventoryFixtures.newLocation(locations, "RM");
        inventory.receive(new StockReceipt(sku, here.code(), "A-01-01", 2, null, null, "PURCHASE_ORDER", "PO-RM", null), null);
        assertThat(inventory.overview(new StockFilter(sku, here.code(), null, false, null), PageRequest.of(0, 10)))
                .singleElement().extracting(StockRow::description).isEqualTo("Brand " + sku + " Test item " + sku);

        ProductDetails product = catalog.findByCode(sku).orElseThrow();
        ProductDraft draft = product.draft();
        catalog.update(product.id(), product.version(), new ProductDraft(draft.category(), draft.code(),
                "Cleaning cloth", "Renamed " + sku, draft.description(), draft.taxClass(), draft.frame(), draft.lens(),
                draft.contactLens(), draft.variants()));

        String renamed = "Renamed " + sku + " Cleaning cloth";
        assertThat(inventory.overview(new StockFilter(sku, here.code(), null, false, null), PageRequest.of(0, 10)))
                .singleElement().satisfies(row -> {
                    assertThat(row.description()).isEqualTo(renamed);
                    assertThat(row.brand()).isEqualTo("Renamed " + sku);
                });
        assertThat(inventory.overview(new StockFilter("cleaning cloth", here.code(), "Renamed " + sku, false, null),
                PageRequest.of(0, 10))).extracting(StockRow::sku).containsExactly(sku);
        assertThat(inventory.placesOf(sku)).extracting(BinStock::description).containsExactly(renamed);
        assertThat(inventory.brandsInStock()).contains("Renamed " + sku).doesNotContain("Brand " + sku);
    }

    @Test
    void every_catalog_sku_of_the_demo_data_has_its_row_with_the_catalogs_description() {
        assertThat(jdbc.sql("""
                select count(*) from catalog_sku c where not exists (select 1 from inventory_sku k where k.sku = c.sku)""")
                .query(Long.class).single()).isZero();
        var demoStock = inventory.overview(new StockFilter(null, InventoryDemoData.WAREHOUSE, null, false, null),
                PageRequest.of(0, 40));
        assertThat(demoStock).hasSizeGreaterThan(10);
        for (StockRow row : demoStock) {
            var facts = catalog.findBySkuForStaff(row.sku()).orElseThrow();
            assertThat(row.description()).as(row.sku()).isEqualTo(facts.description());
            assertThat(row.brand()).as(row.sku()).isEqualTo(facts.brand());
        }
    }
}
