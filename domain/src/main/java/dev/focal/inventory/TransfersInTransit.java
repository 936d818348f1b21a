package dev.focal.inventory;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Transfers in transit as incoming supply of their destination: the outstanding units of dispatched lines
 * with an expected arrival date. Lines without a date are not promised against.
 */
@Component
class TransfersInTransit implements InboundSupply {

    private final Transfers transfers;

    TransfersInTransit(Transfers transfers) {
        this.transfers = transfers;
    }

    @Override
    public List<Incoming> incoming(String sku) {
        return transfers.inTransit(sku);
    }
}
