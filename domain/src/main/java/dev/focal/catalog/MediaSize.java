package dev.focal.catalog;

import java.util.Locale;
import java.util.Optional;

/** The scaled widths an uploaded image is stored in: thumbnails for grids, list cards, the product page. */
public enum MediaSize {
    THUMB(160),
    LIST(480),
    DETAIL(1200);

    private final int width;

    MediaSize(int width) {
        this.width = width;
    }

    public int width() {
        return width;
    }

    public static Optional<MediaSize> parse(String name) {
        try {
            return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
