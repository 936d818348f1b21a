package dev.focal.inventory;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Transfers in transit as incoming supply of their destination: the outstanding units of dispatched lines
 * with an expected arrival date. Lines without a date are not promised against.
 */
@Component
class TransfersInTransit implements InboundSupply {

    private final TransferStore store;

    TransfersInTransit(TransferStore store) {
        this.store = store;
    }

    @Override
    public List<Incoming> incoming(String sku) {
        return store.inTransit(Inventory.normalSku(sku));
    }
}
