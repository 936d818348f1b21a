package dev.focal.catalog;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Test helper: every {@link ProductUpdated} published in this JVM, in order. */
@Component
public class ProductUpdatedRecorder {

    private final List<ProductUpdated> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ProductUpdated event) {
        events.add(event);
    }

    public List<ProductUpdated> of(ProductId id) {
        return events.stream().filter(e -> e.productId().equals(id)).toList();
    }
}
