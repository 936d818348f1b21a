package dev.focal.inventory;

import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many of a SKU can be promised, where, and by when. Stock counts as available at active locations only
 * (stock in transit is not sellable); when it falls short the open supply from every {@link InboundSupply}
 * is added earliest first until it covers the request. Public: the storefront shows it on product pages.
 */
@Service
@Transactional(readOnly = true)
public class Availability {

    private final StockStore store;
    private final Locations locations;
    private final ObjectProvider<InboundSupply> supplies;
    private final Clock clock;

    Availability(StockStore store, Locations locations, ObjectProvider<InboundSupply> supplies, Clock clock) {
        this.store = store;
        this.locations = locations;
        this.supplies = supplies;
        this.clock = clock;
    }

    /**
     * @param locationCode only this location's stock and supply when given; all locations otherwise
     * @throws InvalidStockInput naming {@code quantity} or {@code location}
     */
    @PreAuthorize("permitAll()")
    public Promise promise(String sku, int quantity, @Nullable String locationCode) {
        if (quantity < 1 || quantity > Inventory.MAX_QUANTITY) {
            throw new InvalidStockInput("quantity", "Ask for 1 to " + Inventory.MAX_QUANTITY + " units.");
        }
        String code = Inventory.normalSku(sku);
        String location = null;
        if (locationCode != null && !locationCode.isBlank()) {
            location = locations.find(locationCode)
                    .orElseThrow(() -> new InvalidStockInput("location", "There is no location " + locationCode.strip() + "."))
                    .code();
        }
        String only = location;
        List<StockFigures> stock = store.activeFiguresOf(code, location);
        int available = stock.stream().mapToInt(StockFigures::available).sum();
        List<String> explanation = new ArrayList<>();
        for (StockFigures f : stock) {
            explanation.add(f.locationCode() + ": " + f.onHand() + " on hand - " + f.reserved() + " reserved = "
                    + f.available() + " available.");
        }
        if (stock.isEmpty()) {
            explanation.add("No stock of " + code + (location == null ? "" : " at " + location) + ".");
        }
        LocalDate today = LocalDate.now(clock);
        if (available >= quantity) {
            explanation.add(available + " available covers " + quantity + ": can ship from stock today.");
            return new Promise(code, quantity, location, stock, available, List.of(), today, explanation);
        }
        List<InboundSupply.Incoming> incoming = new ArrayList<>();
        supplies.orderedStream().forEach(s -> incoming.addAll(s.incoming(code)));
        incoming.removeIf(i -> i.quantity() <= 0 || (only != null && !only.equals(i.locationCode())));
        incoming.sort(Comparator.comparing(InboundSupply.Incoming::expectedOn)
                .thenComparing(InboundSupply.Incoming::source));
        List<InboundSupply.Incoming> counted = new ArrayList<>();
        int covered = Math.max(0, available);
        LocalDate date = null;
        for (InboundSupply.Incoming in : incoming) {
            counted.add(in);
            covered += in.quantity();
            LocalDate expected = in.expectedOn().isBefore(today) ? today : in.expectedOn();
            explanation.add("+ " + in.quantity() + " from " + in.source() + " expected at " + in.locationCode() + " on "
                    + in.expectedOn() + (in.expectedOn().isBefore(today) ? " (overdue, counted as today)" : "")
                    + ": " + covered + " in all.");
            if (covered >= quantity) {
                date = expected;
                break;
            }
        }
        if (date != null) {
            explanation.add(quantity + " can be promised for " + date + ".");
        } else {
            explanation.add("Stock and open supply give " + covered + " of " + quantity + ": no date can be promised.");
        }
        return new Promise(code, quantity, location, stock, available, counted, date, explanation);
    }
}
