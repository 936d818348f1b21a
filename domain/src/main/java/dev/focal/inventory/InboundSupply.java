package dev.focal.inventory;

import java.time.LocalDate;
import java.util.List;

/**
 * A port for stock that is on its way: open purchase order lines (procurement implements it) and transfers in
 * transit. Availability to promise asks every implementation and counts what they answer.
 */
public interface InboundSupply {

    /** Open supply of a SKU, to any location; quantities are what is still outstanding. */
    List<Incoming> incoming(String sku);

    /**
     * So many units of a SKU expected at a location on a date, from a document ("PO-2026-0012 line 2",
     * "TR-2026-0004").
     */
    record Incoming(String source, String locationCode, int quantity, LocalDate expectedOn) {
    }
}
