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
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    private final JobScheduler jobs;

    LedgerCheck(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, JobScheduler jobs) {
        this.jdbc = jdbc;
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
        List<String> problems = new ArrayList<>(jdbc.sql("""
                with m as (select sku, location_id, sum(quantity) as q, sum(reserved_delta) as r
                           from stock_movement group by sku, location_id),
                     b as (select sku, location_id, sum(on_hand) as q from stock_bin group by sku, location_id),
                     v as (select sku, location_id, sum(quantity) as r from stock_reservation where status = 'ACTIVE'
                           group by sku, location_id)
                select coalesce(s.sku, m.sku) as sku, l.code, coalesce(s.on_hand, 0) as on_hand,
                       coalesce(s.reserved, 0) as reserved, coalesce(m.q, 0) as moved, coalesce(m.r, 0) as moved_reserved,
                       coalesce(b.q, 0) as binned, coalesce(v.r, 0) as active
                from stock_level s
                full join m on m.sku = s.sku and m.location_id = s.location_id
                left join b on b.sku = coalesce(s.sku, m.sku) and b.location_id = coalesce(s.location_id, m.location_id)
                left join v on v.sku = coalesce(s.sku, m.sku) and v.location_id = coalesce(s.location_id, m.location_id)
                join stock_location l on l.id = coalesce(s.location_id, m.location_id)
                where coalesce(s.on_hand, 0) <> coalesce(m.q, 0) or coalesce(s.reserved, 0) <> coalesce(m.r, 0)
                   or coalesce(s.on_hand, 0) <> coalesce(b.q, 0) or coalesce(s.reserved, 0) <> coalesce(v.r, 0)
                order by 1, 2""")
                .query((rs, n) -> rs.getString("sku") + " at " + rs.getString("code") + ": on hand "
                        + rs.getInt("on_hand") + " vs movements " + rs.getInt("moved") + " and bins " + rs.getInt("binned")
                        + "; reserved " + rs.getInt("reserved") + " vs movements " + rs.getInt("moved_reserved")
                        + " and active reservations " + rs.getInt("active") + ".")
                .list());
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
