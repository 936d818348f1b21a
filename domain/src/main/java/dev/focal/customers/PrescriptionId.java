package dev.focal.customers;

import dev.focal.shared.Ids;
import java.util.UUID;

/** A prescription, stable across its versions. */
public record PrescriptionId(UUID value) {

    static PrescriptionId newId() {
        return new PrescriptionId(Ids.newId());
    }

    /** Reads the text form ({@link #toString()}); throws {@link IllegalArgumentException} for anything else. */
    public static PrescriptionId parse(String text) {
        return new PrescriptionId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
