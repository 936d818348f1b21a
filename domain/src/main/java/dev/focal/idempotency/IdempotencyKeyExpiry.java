package dev.focal.idempotency;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.springframework.stereotype.Component;

/**
 * The recurring JobRunr job that deletes idempotency keys past their retention ({@code focal.idempotency.retention});
 * every hour unless {@code focal.idempotency.sweep-interval} says otherwise. A job entry point, not an API: public
 * only because JobRunr invokes it by reflection.
 */
@Component
public class IdempotencyKeyExpiry {

    private final IdempotentRequests requests;

    IdempotencyKeyExpiry(IdempotentRequests requests) {
        this.requests = requests;
    }

    @Recurring(id = "idempotency-expire-keys", interval = "${focal.idempotency.sweep-interval:PT1H}")
    @Job(name = "Delete expired idempotency keys")
    public int sweep() {
        return requests.expire();
    }
}
