package dev.focal.catalog;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A product as stored, with its variants, images and the facts Focal derives: {@code progressiveEligible}
 * is true when a frame size is deep enough for the shortest progressive lens on offer (see
 * {@link Catalog#progressiveEligible}), null for products that are not frames.
 */
public record ProductDetails(ProductId id, long version, ProductDraft draft, String slug, ProductStatus status,
                             List<Media> media, @Nullable Boolean progressiveEligible, Instant createdAt,
                             Instant updatedAt) {

    public ProductDetails {
        media = List.copyOf(media);
    }

    public Category category() {
        return draft.category();
    }

    public String name() {
        return draft.name();
    }

    public String brand() {
        return draft.brand();
    }

    public String code() {
        return draft.code();
    }

    /** An image of a product, optionally of one colour; served in several widths (see {@link MediaSize}). */
    public record Media(String id, @Nullable String colourCode, String alt, int width, int height) {
    }
}
