package dev.focal.catalog;

import java.util.UUID;

/** A product image's identity (UUIDv7); also the stem of its files under the data directory. */
public record MediaId(UUID value) {

    public static MediaId parse(String text) {
        try {
            return new MediaId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an image ID: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
