package dev.focal.pricing;

import java.util.UUID;

public record PriceListId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
