package dev.focal.catalog;

import java.util.Locale;
import java.util.Optional;

/** Where a product is shown: the storefront's category pages and the kinds each category holds. */
public enum Category {
    EYEGLASSES("Eyeglasses", ProductKind.FRAME),
    SUNGLASSES("Sunglasses", ProductKind.FRAME),
    READERS("Readers", ProductKind.FRAME),
    LENSES("Lenses", ProductKind.LENS),
    CONTACT_LENSES("Contact lenses", ProductKind.CONTACT_LENS),
    ACCESSORIES("Accessories", ProductKind.ACCESSORY),
    SERVICES("Services", ProductKind.SERVICE);

    private final String label;
    private final ProductKind kind;

    Category(String label, ProductKind kind) {
        this.label = label;
        this.kind = kind;
    }

    public String label() {
        return label;
    }

    public ProductKind kind() {
        return kind;
    }

    /**
     * Whether units of this category are kept in stock (so stock can promise them): frames, contact lenses and
     * accessories are; lenses are made to order for each job and services are booked.
     */
    public boolean stocked() {
        return this != LENSES && this != SERVICES;
    }

    /**
     * Whether received units need the lot number and expiry date from the box: contact lenses do (a recall or an
     * expiry is per lot); other goods may carry them but need not.
     */
    public boolean needsLot() {
        return this == CONTACT_LENSES;
    }

    /** The URL segment of the category page, like {@code contact-lenses}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Category> fromSlug(String slug) {
        for (Category category : values()) {
            if (category.slug().equals(slug)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
