package dev.focal.inventory;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Stock of a SKU in one place: a bin (null = received but not put away yet) and lot (empty = no lot) at a
 * location. {@code description} is the product's ("Aurelia Ada, Black, 50□19-140").
 */
public record BinStock(String sku, String description, String locationCode, @Nullable String binCode, String lot,
                       @Nullable LocalDate expiresOn, int onHand) {

    public String placeLabel() {
        return binCode == null ? locationCode + " (not put away)" : binCode;
    }
}
