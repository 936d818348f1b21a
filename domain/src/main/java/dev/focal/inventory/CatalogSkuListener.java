package dev.focal.inventory;

import dev.focal.catalog.ProductUpdated;
import dev.focal.catalog.SkuSummary;
import java.time.Clock;
import java.util.HashSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps inventory's SKU read model ({@link InventorySkuStore}) in step with the catalog. A plain, synchronous
 * listener on purpose (ADR 0013): it runs inside the catalog's writing transaction, so a product created and
 * stocked in one request finds its SKUs in {@code inventory_sku} (whose rows stock tables reference), and a
 * renamed product shows its new description as soon as the rename commits; if it fails, the catalog change rolls
 * back rather than leaving inventory behind. Needs no user: everything it writes comes with the event.
 */
@Component
class CatalogSkuListener {

    private final InventorySkuStore skus;
    private final Clock clock;

    CatalogSkuListener(InventorySkuStore skus, Clock clock) {
        this.skus = skus;
        this.clock = clock;
    }

    @EventListener
    void on(ProductUpdated event) {
        var now = clock.instant();
        skus.save(event.current(), now);
        var removed = new HashSet<>(event.skus());
        event.current().stream().map(SkuSummary::sku).forEach(removed::remove);
        skus.removedFromCatalog(removed, now);
    }
}
