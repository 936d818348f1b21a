package dev.focal.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One stored, scaled image file, ready to serve: where it is, its type, and when it was stored (images never
 * change in place, so this is also its last modification; an edit is a new upload with a new ID).
 */
public record StoredImage(MediaId id, Path path, String contentType, Instant lastModified, long length) {

    public InputStream open() {
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes() {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
