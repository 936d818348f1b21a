package dev.focal.catalog;

import dev.focal.pricing.Channel;
import dev.focal.pricing.PricesChanged;
import java.util.LinkedHashSet;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the "from" prices of search documents current: when web prices change, the documents of the
 * products concerned are rewritten and {@link ProductUpdated} goes out again (so OpenSearch and the
 * storefront cache follow). Runs after the price change commits, through the event publication registry.
 */
@Component
class SearchDocumentRefresh {

    private final Catalog catalog;
    private final ProductStore store;

    SearchDocumentRefresh(Catalog catalog, ProductStore store) {
        this.catalog = catalog;
        this.store = store;
    }

    @ApplicationModuleListener
    void on(PricesChanged event) {
        if (event.channel() != Channel.WEB) {
            return;
        }
        var ids = new LinkedHashSet<UUID>();
        event.skus().forEach(sku -> store.idBySku(sku).ifPresent(ids::add));
        event.lensProducts().forEach(code -> store.idByCode(code).ifPresent(ids::add));
        ids.forEach(id -> catalog.changed(id, java.util.List.of()));
    }
}
