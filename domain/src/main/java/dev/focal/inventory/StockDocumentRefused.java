package dev.focal.inventory;

import dev.focal.shared.Refused;

/**
 * A transfer or count sheet cannot do that now (its state, or who is asking, does not allow it); nothing was
 * written. The message says why and what to do instead.
 */
public class StockDocumentRefused extends Refused {

    public StockDocumentRefused(String message) {
        super(message);
    }
}
