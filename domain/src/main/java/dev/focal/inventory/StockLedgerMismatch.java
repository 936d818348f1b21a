package dev.focal.inventory;

import java.util.List;

/**
 * inventory.ledger.mismatch: the ledger check found stock figures that do not equal the sum of their
 * movements. Each problem is a sentence fit for an alert.
 */
public record StockLedgerMismatch(List<String> problems) {

    public StockLedgerMismatch {
        problems = List.copyOf(problems);
    }
}
