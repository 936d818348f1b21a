package dev.focal.inventory;

import java.util.List;

/** A count sheet to create; {@code binCodes} for {@link CountScope#BINS}, {@code skus} for {@link CountScope#SKUS}. */
public record NewCountSheet(String locationCode, CountScope scope, List<String> binCodes, List<String> skus) {
    public NewCountSheet {
        binCodes = List.copyOf(binCodes);
        skus = List.copyOf(skus);
    }
}
