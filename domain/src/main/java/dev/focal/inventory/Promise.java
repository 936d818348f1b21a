package dev.focal.inventory;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Availability to promise for a SKU: the stock counted per location, the available total, and when the
 * requested quantity cannot be met from stock, the incoming supply counted (earliest first) and the date by
 * which it can be ({@code promiseDate}; null when even the supply does not cover it). {@code explanation} says
 * in sentences what was counted.
 */
public record Promise(String sku, int requested, @Nullable String locationCode, List<StockFigures> stock,
                      int available, List<InboundSupply.Incoming> incomingCounted, @Nullable LocalDate promiseDate,
                      List<String> explanation) {

    public Promise {
        stock = List.copyOf(stock);
        incomingCounted = List.copyOf(incomingCounted);
        explanation = List.copyOf(explanation);
    }

    public boolean inStock() {
        return available >= requested;
    }

    public boolean canPromise() {
        return promiseDate != null;
    }
}
