package dev.focal.inventory;

/**
 * inventory.transfer.received: a delivery of a transfer was booked in at {@code toLocation}; {@code complete}
 * when nothing is outstanding any more (received in full, or closed short).
 */
public record TransferReceived(String number, String toLocation, boolean complete) {
}
