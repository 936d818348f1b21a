package dev.focal.inventory;

import java.util.UUID;

/** A place that holds stock. */
public record Location(UUID id, String code, String name, LocationKind kind, boolean active, long version) {

    /** "WH1 · Main warehouse" */
    public String label() {
        return code + " · " + name;
    }
}
