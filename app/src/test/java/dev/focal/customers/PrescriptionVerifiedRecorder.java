package dev.focal.customers;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Test helper: a listener of {@link PrescriptionVerified} the way a consuming context would have one (through
 * the event publication registry, after commit), recording what arrived.
 */
@Component
public class PrescriptionVerifiedRecorder {

    private final List<PrescriptionVerified> events = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    void on(PrescriptionVerified event) {
        events.add(event);
    }

    public List<PrescriptionVerified> of(PrescriptionId id) {
        return events.stream().filter(e -> e.prescription().equals(id)).toList();
    }
}
