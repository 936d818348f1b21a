package dev.focal.idempotency;

import dev.focal.idempotency.IdempotencyStore.Earlier;
import dev.focal.idempotency.IdempotentOutcome.Executed;
import dev.focal.idempotency.IdempotentOutcome.Replayed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out a request once per caller and key, and answers every repeat with the first attempt's answer.
 *
 * <p>How: the key is claimed (a row in {@code idempotency_key}, unique per scope and key) in a transaction of its
 * own that this service opens before the work; the work runs inside that same transaction, and its answer is
 * stored there too. So the key, the work's writes and the answer commit together or not at all:
 * <ul>
 *   <li>a repeat of the same request (same operation, same body hash) gets the stored answer and runs nothing;</li>
 *   <li>a different request under a used key is refused with {@link IdempotencyKeyReused} and runs nothing;</li>
 *   <li>a repeat that arrives while the first still runs waits on the key's row (at most
 *       {@code focal.idempotency.wait}, 30 s by default, else {@link IdempotencyKeyBusy}) and then gets its answer;</li>
 *   <li>a first attempt that fails (an exception, or an answer the caller does not keep, such as a 4xx) rolls back
 *       with its claim: the key stays free and a corrected retry may use it;</li>
 *   <li>keys expire {@code focal.idempotency.retention} (24 h by default) after their first attempt: a later request
 *       takes the key over, and {@link IdempotencyKeyExpiry} sweeps them.</li>
 * </ul>
 * One connection per request, no state "in progress" that a crash could leave behind, and no window in which the
 * work has committed but its key has not. The price: the work must use the caller's transaction (the usual
 * {@code @Transactional} services do; work that commits on its own, {@code REQUIRES_NEW}, is not guarded).
 */
@Service
public class IdempotentRequests {

    private final IdempotencyStore store;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration retention;
    private final Duration wait;

    IdempotentRequests(IdempotencyStore store, PlatformTransactionManager transactions, Clock clock,
                       @Value("${focal.idempotency.retention:PT24H}") Duration retention,
                       @Value("${focal.idempotency.wait:PT30S}") Duration wait) {
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.retention = retention;
        this.wait = wait;
    }

    /**
     * Runs {@code work} once for {@code request}'s scope and key. {@code keep} turns the work's result into the
     * answer to store, or empty when the attempt failed: then everything the work wrote is rolled back, nothing is
     * stored and the key stays free. No access rule of its own: the work checks its own.
     *
     * @return {@link Executed} with the work's result, or {@link Replayed} with the stored answer of an earlier
     *         attempt of the same request
     * @throws IdempotencyKeyReused when the key holds the answer of a different request
     * @throws IdempotencyKeyBusy   when an attempt with the same key was still running after the wait
     */
    @PreAuthorize("permitAll()")
    public <T> IdempotentOutcome<T> once(IdempotentRequest request, Supplier<T> work,
                                         Function<T, Optional<StoredResponse>> keep) {
        IdempotentOutcome<T> outcome = transaction.execute(status -> {
            Instant now = clock.instant();
            Optional<Earlier> earlier = store.claim(request, now, now.minus(retention), wait);
            if (earlier.isPresent()) {
                if (!request.sameRequestAs(earlier.get().operation(), earlier.get().requestHash())) {
                    throw new IdempotencyKeyReused();
                }
                return new Replayed<>(earlier.get().response());
            }
            T result = work.get();
            Optional<StoredResponse> answer = keep.apply(result);
            if (answer.isPresent()) {
                store.complete(request, answer.get(), clock.instant());
            } else {
                status.setRollbackOnly();
            }
            return new Executed<>(result);
        });
        if (outcome == null) {
            throw new IllegalStateException("The idempotent transaction returned nothing");
        }
        return outcome;
    }

    /** Deletes the keys past their retention; returns how many. */
    int expire() {
        return store.deleteCreatedBefore(clock.instant().minus(retention));
    }
}
