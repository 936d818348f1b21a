package dev.focal.procurement;

import dev.focal.catalog.Catalog;
import dev.focal.catalog.ProductUpdated;
import dev.focal.catalog.SkuFacts;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Procurement's read model of the catalog: the description of every SKU (table {@code procurement_sku}),
 * shown on supplier items and reorder proposal lines. Follows {@link ProductUpdated} synchronously, in the
 * catalog's writing transaction, so a product created and put on a supplier's list in the same request shows
 * its description at once and a rename shows everywhere with the commit that made it; a SKU the product no
 * longer has is dropped. The catalog is read through its API as the {@code system} user with a staff role, since
 * the event may come from a job or a listener without a signed-in user (or from one without staff rights). See docs/procurement.md.
 */
@Component
class ProcurementSkuDescriptions {

    private final JdbcClient jdbc;
    private final Catalog catalog;

    ProcurementSkuDescriptions(JdbcClient jdbc, Catalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @EventListener
    void on(ProductUpdated event) {
        for (String sku : event.skus()) {
            lookUp(sku).ifPresentOrElse(facts -> save(facts.sku(), facts.description()), () -> remove(sku));
        }
    }

    private Optional<SkuFacts> lookUp(String sku) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("system", null,
                AuthorityUtils.createAuthorityList(List.of("ROLE_BUYER"))));
        try {
            return catalog.findBySkuForStaff(sku);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void save(String sku, String description) {
        String text = description.length() > 500 ? description.substring(0, 500) : description;
        jdbc.sql("""
                insert into procurement_sku (sku, description) values (?, ?)
                on conflict (sku) do update set description = excluded.description""").params(sku, text).update();
    }

    private void remove(String sku) {
        jdbc.sql("delete from procurement_sku where sku = ?").param(sku).update();
    }
}
