package dev.focal.catalog;

/** What sort of thing a product is; it decides which details it has. */
public enum ProductKind {
    FRAME,
    LENS,
    CONTACT_LENS,
    ACCESSORY,
    SERVICE
}
