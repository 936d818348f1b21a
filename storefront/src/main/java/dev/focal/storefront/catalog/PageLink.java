package dev.focal.storefront.catalog;

/** A link on a storefront page: a facet value, a sort, a page number, a colour or size choice. */
public record PageLink(String label, String href, boolean current, long count) {

    public static PageLink of(String label, String href, boolean current) {
        return new PageLink(label, href, current, -1);
    }
}
