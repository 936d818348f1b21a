package dev.focal.inventory;

import dev.focal.catalog.SkuSummary;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Inventory's read model of the catalog's SKUs, table {@code inventory_sku} (ADR 0013): what listings, labels
 * and reservations need to know about a SKU, so that no inventory query joins the catalog's tables. Written only
 * by {@link CatalogSkuListener}; read by joining {@link #JOIN} and selecting {@link #DESCRIPTION}.
 */
@Component
class InventorySkuStore {

    /** The description of a SKU in a query that joined {@link #JOIN}. */
    static final String DESCRIPTION = "k.description";
    /** Joins the read model as {@code k} to the SKU column of the table aliased {@code %1$s}. */
    static final String JOIN = "join inventory_sku k on k.sku = %1$s.sku";

    private final JdbcClient jdbc;

    InventorySkuStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the SKUs as the catalog has them now (a SKU that was removed and comes back is in the catalog again). */
    void save(List<SkuSummary> skus, Instant now) {
        for (SkuSummary sku : skus) {
            jdbc.sql("""
                    insert into inventory_sku (sku, product_id, brand, product_name, description, barcode, in_catalog,
                        updated_at)
                    values (:sku, :product, :brand, :name, :description, :barcode, true, :now)
                    on conflict (sku) do update set product_id = excluded.product_id, brand = excluded.brand,
                        product_name = excluded.product_name, description = excluded.description,
                        barcode = excluded.barcode, in_catalog = true, updated_at = excluded.updated_at""")
                    .param("sku", sku.sku()).param("product", sku.productId().value()).param("brand", sku.brand())
                    .param("name", sku.productName()).param("description", sku.description())
                    .param("barcode", sku.barcode()).param("now", Timestamp.from(now))
                    .update();
        }
    }

    /** Marks SKUs the catalog no longer has; their rows stay, as stock and the ledger still name them. */
    void removedFromCatalog(Collection<String> skus, Instant now) {
        if (skus.isEmpty()) {
            return;
        }
        jdbc.sql("update inventory_sku set in_catalog = false, updated_at = :now where sku in (:skus) and in_catalog")
                .param("now", Timestamp.from(now)).param("skus", skus).update();
    }
}
