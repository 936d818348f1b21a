package dev.focal.inventory;

import java.util.List;

/**
 * What a stock change did: the figures of the SKUs and locations it touched, afterwards. {@code repeated} is
 * true when the request's idempotency key had been used: nothing was written and the figures are today's.
 */
public record StockUpdate(boolean repeated, List<StockFigures> figures) {

    public StockUpdate {
        figures = List.copyOf(figures);
    }
}
