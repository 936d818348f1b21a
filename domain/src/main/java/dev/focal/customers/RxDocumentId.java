package dev.focal.customers;

import dev.focal.shared.Ids;
import java.util.UUID;

/** An uploaded prescription document (PDF, JPEG or PNG). */
public record RxDocumentId(UUID value) {

    static RxDocumentId newId() {
        return new RxDocumentId(Ids.newId());
    }

    /** Reads the text form ({@link #toString()}); throws {@link IllegalArgumentException} for anything else. */
    public static RxDocumentId parse(String text) {
        return new RxDocumentId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
