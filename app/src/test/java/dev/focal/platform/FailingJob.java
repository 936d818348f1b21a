package dev.focal.platform;

import org.springframework.stereotype.Component;

/**
 * A job that always fails, for tests of failure display and retry. A test-source component: the application's
 * component scan picks it up in every test context, so it adds no second Spring context.
 */
@Component
public class FailingJob {

    public void run(String marker) {
        throw new IllegalStateException("Deliberate failure " + marker);
    }
}
