package dev.focal.platform;

import dev.focal.customers.RxKeyMissing;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A missing or malformed prescription key (FOCAL_RX_KEY) stops the start with a short report that says how to
 * create one, instead of a bean-creation stack trace.
 */
class RxKeyMissingFailureAnalyzer extends AbstractFailureAnalyzer<RxKeyMissing> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RxKeyMissing cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
