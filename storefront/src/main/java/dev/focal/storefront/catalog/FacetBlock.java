package dev.focal.storefront.catalog;

import java.util.List;

/** One facet on a listing page: its name and its values as crawlable links that add or remove the filter. */
public record FacetBlock(String param, String label, List<PageLink> values) {

    public boolean anySelected() {
        return values.stream().anyMatch(PageLink::current);
    }
}
