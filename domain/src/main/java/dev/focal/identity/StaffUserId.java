package dev.focal.identity;

import java.util.UUID;

public record StaffUserId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
