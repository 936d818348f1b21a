package dev.focal.numbering;

/**
 * The kinds of numbered documents and the prefix of their numbers. A new kind gets a new prefix here; the
 * prefix is what the number starts with, so it never changes once documents carry it.
 */
public enum DocumentKind {
    PURCHASE_ORDER("PO"),
    GOODS_RECEIPT("GR"),
    TRANSFER("TR"),
    CYCLE_COUNT("CC");

    private final String prefix;

    DocumentKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
