package dev.focal.catalog;

import java.util.UUID;

/** A product's identity (UUIDv7). */
public record ProductId(UUID value) {

    public static ProductId parse(String text) {
        try {
            return new ProductId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a product ID: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
