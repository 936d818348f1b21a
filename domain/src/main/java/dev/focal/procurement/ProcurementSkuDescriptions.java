package dev.focal.procurement;

import dev.focal.catalog.ProductUpdated;
import dev.focal.catalog.SkuSummary;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Procurement's read model of the catalog: the description of every SKU (table {@code procurement_sku}),
 * shown on supplier items and reorder proposal lines, and the row procurement's SKU columns reference (V16).
 * Follows {@link ProductUpdated} synchronously, in the catalog's writing transaction, so a product created and
 * put on a supplier's list in the same request shows its description at once and a rename shows everywhere with
 * the commit that made it. Everything it writes comes with the event ({@link ProductUpdated#current()}), so it
 * needs no user. A SKU the product no longer has keeps its row with its last description: supplier items, PO
 * lines and costs still name it. See docs/procurement.md.
 */
@Component
class ProcurementSkuDescriptions {

    private final JdbcClient jdbc;

    ProcurementSkuDescriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ProductUpdated event) {
        for (SkuSummary sku : event.current()) {
            save(sku.sku(), sku.description());
        }
    }

    private void save(String sku, String description) {
        String text = description.length() > 500 ? description.substring(0, 500) : description;
        jdbc.sql("""
                insert into procurement_sku (sku, description) values (?, ?)
                on conflict (sku) do update set description = excluded.description""").params(sku, text).update();
    }
}
