package dev.focal.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moving-average cost per SKU, kept up to date by every goods receipt: new average = (on hand before the
 * receipt x old average + good units received x their unit cost) / (on hand before + received), with on hand
 * over all locations. Stock with no known cost (opening stock) does not dilute it: the first receipt sets the
 * average to its unit cost. There is no currency conversion: a receipt in another currency than the SKU's
 * average starts the average afresh in that currency (see docs/adr/0010). Buyers and admins read it.
 */
@Service
@Transactional(readOnly = true)
public class SkuCosts {

    static final int SCALE = 4;

    private final SkuCostStore store;
    private final Clock clock;

    SkuCosts(SkuCostStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @PreAuthorize(ProcurementAccess.BUYERS)
    public Optional<SkuCost> of(String sku) {
        return current(normal(sku));
    }

    /** How the average came about, newest change first. */
    @PreAuthorize(ProcurementAccess.BUYERS)
    public List<SkuCostChange> history(String sku, int limit) {
        return store.history(normal(sku), Math.max(1, Math.min(limit, 500)));
    }

    Optional<SkuCost> current(String sku) {
        return store.find(sku);
    }

    /** Serialises receipts of a SKU until the transaction ends, before they read the stock on hand. */
    void lockForReceipt(String sku) {
        store.lockReceipts(sku);
    }

    /** Books a receipt of good units into the average; the caller holds the PO lock and writes the stock. */
    SkuCostChange receive(String sku, int onHandBefore, int received, BigDecimal unitCost, String currency,
                          String receiptNumber) {
        // Two receipts of the same SKU on different POs may run at once: the row lock orders them.
        Optional<SkuCost> before = store.lock(sku);
        @Nullable BigDecimal old = before.filter(c -> c.currency().equals(currency)).map(SkuCost::averageCost).orElse(null);
        int base = Math.max(0, onHandBefore);
        BigDecimal average;
        if (old == null || base == 0) {
            average = unitCost.setScale(SCALE, RoundingMode.HALF_UP);
        } else {
            average = old.multiply(BigDecimal.valueOf(base)).add(unitCost.multiply(BigDecimal.valueOf(received)))
                    .divide(BigDecimal.valueOf(base + (long) received), SCALE, RoundingMode.HALF_UP);
        }
        Instant now = clock.instant();
        SkuCostChange change = new SkuCostChange(sku, now, receiptNumber, base, old, received, unitCost, average,
                currency);
        store.save(change);
        return change;
    }

    private static String normal(@Nullable String sku) {
        return sku == null ? "" : sku.strip().toUpperCase(Locale.ROOT);
    }
}
