package dev.focal.customers;

import dev.focal.shared.Ids;
import java.util.UUID;

/** A person whose eyes a prescription is for: the account holder or a family member on the account. */
public record WearerId(UUID value) {

    static WearerId newId() {
        return new WearerId(Ids.newId());
    }

    /** Reads the text form ({@link #toString()}); throws {@link IllegalArgumentException} for anything else. */
    public static WearerId parse(String text) {
        return new WearerId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
