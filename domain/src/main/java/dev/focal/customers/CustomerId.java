package dev.focal.customers;

import java.util.UUID;

public record CustomerId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
