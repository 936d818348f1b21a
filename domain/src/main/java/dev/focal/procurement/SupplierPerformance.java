package dev.focal.procurement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supplier performance for the buyers' screen: per supplier, over POs sent since a date that received goods
 * (see {@link SupplierPerformanceRow} for the definitions). Days are counted in UTC calendar days.
 */
@Service
@Transactional(readOnly = true)
public class SupplierPerformance {

    private final SupplierStore store;
    private final Clock clock;

    SupplierPerformance(SupplierStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** One row per supplier with received POs sent on or after {@code since} (a year back when null), by name. */
    @PreAuthorize(ProcurementAccess.BUYERS)
    public List<SupplierPerformanceRow> rows(@Nullable LocalDate since) {
        LocalDate from = since == null ? LocalDate.now(clock).minusYears(1) : since;
        return store.performance(from);
    }
}
