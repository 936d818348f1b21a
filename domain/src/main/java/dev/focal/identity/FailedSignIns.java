package dev.focal.identity;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Failed sign-ins in a row of one staff user from one client address, and the pause they caused: the fifth locks
 * that address out for fifteen minutes; failures while locked do not extend the lock; counting starts afresh
 * after it. Other addresses keep their own count, so nobody can lock a colleague out from elsewhere.
 */
record FailedSignIns(int inARow, @Nullable Instant lockedUntil) {

    /** Failed attempts in a row that lock the address out. */
    static final int MAX_IN_A_ROW = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    static FailedSignIns none() {
        return new FailedSignIns(0, null);
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The count after one more failure at {@code now}. */
    FailedSignIns plusOne(Instant now) {
        if (isLocked(now)) {
            return this;
        }
        int count = lockedUntil != null ? 1 : inARow + 1;
        return new FailedSignIns(count, count >= MAX_IN_A_ROW ? now.plus(LOCK_DURATION) : null);
    }
}
