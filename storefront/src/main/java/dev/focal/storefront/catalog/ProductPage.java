package dev.focal.storefront.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A product page: choices (colour, size, power) as links, the price of the chosen SKU from the web price
 * list with active promotions, an availability hint, the measurements as opticians write them, images and
 * the schema.org Product data.
 */
public record ProductPage(String title, String canonical, String metaDescription, String jsonLd, String name,
                          String brand, String categoryLabel, String categoryHref, String description,
                          @Nullable String sku, @Nullable String price, @Nullable String wasPrice,
                          List<String> promotions, String availability, boolean available, List<Image> images,
                          String placeholderColour, List<Swatch> colours, List<PageLink> sizes, List<PageLink> powers,
                          @Nullable String marking, List<Fact> facts, List<List<String>> table,
                          List<String> tableHead, @Nullable String note) {

    /** An image in two widths (srcset). */
    public record Image(String src, String srcLarge, String alt, int width, int height) {
    }

    /** A colour choice with its swatch. */
    public record Swatch(String label, String href, String swatch, boolean current) {
    }

    /** A labelled fact in the details list. */
    public record Fact(String label, String value) {
    }
}
