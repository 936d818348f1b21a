package dev.focal.pricing;

/** Where a sale happens; price lists and promotions can be limited to one. */
public enum Channel {
    WEB,
    STORE
}
