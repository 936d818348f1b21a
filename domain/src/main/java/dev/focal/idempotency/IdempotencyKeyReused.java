package dev.focal.idempotency;

import dev.focal.shared.Refused;

/**
 * The caller sent a key it had used for a different request (another body or another operation). Nothing was
 * done; the answer of the first request stays stored under the key.
 */
public class IdempotencyKeyReused extends Refused {

    public IdempotencyKeyReused() {
        super("Idempotency key reused with a different request", Kind.CANNOT_PROCESS, "This Idempotency-Key was used for a different request. Send a new key for a new request, or repeat"
                + " the first request unchanged.");
    }
}
