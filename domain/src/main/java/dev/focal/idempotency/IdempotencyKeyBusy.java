package dev.focal.idempotency;

import dev.focal.shared.Refused;
import java.time.Duration;

/**
 * Another attempt with the same key was still running after waiting {@code waited} for it. Nothing was done;
 * the caller may repeat the request later.
 */
public class IdempotencyKeyBusy extends Refused {

    private final Duration waited;

    public IdempotencyKeyBusy(Duration waited) {
        super("Request still running", "A request with this Idempotency-Key is still running. Repeat it in a moment to get its answer.");
        this.waited = waited;
    }

    public Duration waited() {
        return waited;
    }
}
