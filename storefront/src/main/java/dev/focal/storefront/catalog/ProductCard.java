package dev.focal.storefront.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A product in a listing: link, names, "from" price, an image or the swatches to draw a placeholder. */
public record ProductCard(String href, String name, String brand, @Nullable String price, @Nullable String imageUrl,
                          List<String> colours, String placeholderColour) {
}
