package dev.focal.notifications;

import dev.focal.inventory.StockLedgerMismatch;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns events that need a person into staff alerts, and e-mails them to {@code focal.alerts.email} when it is
 * set. Idempotent: the same problems on the same day raise one alert (a redelivered event changes nothing);
 * the e-mail's dedup key is the alert.
 */
@Component
class StaffAlertsListener {

    static final String ADMIN = "ADMIN";

    private final StaffAlerts alerts;
    private final EmailQueue queue;
    private final EmailTemplates templates;
    private final Clock clock;
    private final String alertEmail;

    StaffAlertsListener(StaffAlerts alerts, EmailQueue queue, EmailTemplates templates, Clock clock,
                        @Value("${focal.alerts.email:}") String alertEmail) {
        this.alerts = alerts;
        this.queue = queue;
        this.templates = templates;
        this.clock = clock;
        this.alertEmail = alertEmail.strip();
    }

    @ApplicationModuleListener
    void on(StockLedgerMismatch event) {
        int n = event.problems().size();
        String title = "Stock ledger mismatch: " + n + (n == 1 ? " SKU and location does" : " SKUs and locations do")
                + " not add up";
        String body = "The nightly ledger check found stock figures that differ from the sum of their movements. "
                + "Stock may be wrong until this is explained; see the audit trail (Stock ledger mismatch).\n\n"
                + String.join("\n", event.problems());
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String key = "ledger-mismatch:" + day + ":" + digest(String.join("\n", event.problems()));
        alerts.raise(ADMIN, title, body, key).ifPresent(id -> {
            if (!alertEmail.isEmpty()) {
                queue.queue("staff-alert:" + id, templates.staffAlert(alertEmail, title, body));
            }
        });
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
