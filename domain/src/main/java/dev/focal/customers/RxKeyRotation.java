package dev.focal.customers;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a rotation of the prescription key stands (ADR 0020): the current key's id (a fingerprint, not the key),
 * whether older keys are still configured, what is still encrypted under an older key, and the latest
 * re-encryption run with its progress.
 */
public record RxKeyRotation(String currentKeyId, boolean previousKeysConfigured, long versionsLeft,
                            long documentsLeft, @Nullable Run latestRun) {

    /** A re-encryption run: when, by whom, how far, and what it could not re-encrypt. */
    public record Run(Instant startedAt, String startedBy, @Nullable Instant finishedAt, long versionsDone,
                      long versionsTotal, long documentsDone, long documentsTotal, long failures,
                      @Nullable String lastError) {

        public boolean running() {
            return finishedAt == null;
        }
    }

    /** Whether everything stored is under the current key, so the previous keys can be removed. */
    public boolean complete() {
        return versionsLeft == 0 && documentsLeft == 0;
    }
}
