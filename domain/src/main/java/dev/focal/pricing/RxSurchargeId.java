package dev.focal.pricing;

import java.util.UUID;

public record RxSurchargeId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
