package dev.focal.inventory;

import dev.focal.audit.AuditAction;
import dev.focal.audit.AuditLog;
import dev.focal.audit.AuditRecord;
import dev.focal.shared.Actors;
import java.util.ArrayList;
import java.util.List;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nightly proof that the ledger holds: for every SKU and location, on hand equals the sum of its
 * movements, reserved equals the sum of its reservation changes and the active reservations, and the bins add
 * up to on hand. Any difference is written to the audit trail and published as {@link StockLedgerMismatch}
 * (admins are alerted). A job entry point, public only because JobRunr invokes it by reflection.
 */
@Component
public class LedgerCheck {

    private static final Logger log = LoggerFactory.getLogger(LedgerCheck.class);

    private final StockStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    private final JobScheduler jobs;

    LedgerCheck(StockStore store, AuditLog audit, ApplicationEventPublisher events, JobScheduler jobs) {
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.jobs = jobs;
    }

    /** Runs the check now, as a background job (the Jobs screen's button); returns the job's ID. */
    @PreAuthorize(InventoryAccess.ADMINS)
    public java.util.UUID runNow() {
        return jobs.<LedgerCheck>enqueue(check -> check.check()).asUUID();
    }

    @Recurring(id = "inventory-ledger-check", cron = "15 3 * * *")
    @Job(name = "Check that stock equals the sum of its movements")
    @Transactional
    public List<String> check() {
        List<String> problems = new ArrayList<>(store.ledgerDifferences().stream()
                .map(d -> d.sku() + " at " + d.locationCode() + ": on hand " + d.onHand() + " vs movements "
                        + d.moved() + " and bins " + d.binned() + "; reserved " + d.reserved() + " vs movements "
                        + d.movedReserved() + " and active reservations " + d.active() + ".")
                .toList());
        if (problems.isEmpty()) {
            log.info("Stock ledger check: every SKU and location adds up");
            return problems;
        }
        log.error("Stock ledger check found {} problem(s): {}", problems.size(), problems);
        String details = String.join("\n", problems.subList(0, Math.min(problems.size(), 20)))
                + (problems.size() > 20 ? "\n... and " + (problems.size() - 20) + " more" : "");
        audit.record(new AuditRecord(Actors.current(), AuditAction.STOCK_LEDGER_MISMATCH, "stock", null, details));
        events.publishEvent(new StockLedgerMismatch(problems));
        return problems;
    }
}
