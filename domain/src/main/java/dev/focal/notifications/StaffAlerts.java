package dev.focal.notifications;

import dev.focal.shared.Actors;
import dev.focal.shared.Ids;
import dev.focal.shared.Refused;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts to staff of a role (a stock ledger that does not add up, for admins), shown on the start page until
 * someone with that role dismisses them. Raised by listeners in this module, never by users.
 */
@Service
@Transactional(readOnly = true)
public class StaffAlerts {

    /** The alert is not open for any of the signed-in user's roles (dismissed already, or not theirs). */
    public static final class AlertNotOpen extends Refused {
        AlertNotOpen() {
            super("That alert was dismissed already.");
        }
    }

    private final StaffAlertStore store;
    private final Clock clock;

    StaffAlerts(StaffAlertStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Open alerts for any role of the signed-in staff member, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<StaffAlert> open() {
        List<String> roles = roles();
        if (roles.isEmpty()) {
            return List.of();
        }
        return store.open(roles);
    }

    /** Dismisses an open alert of one of the signed-in user's roles, for everyone with that role. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void dismiss(UUID id) {
        List<String> roles = roles();
        boolean changed = !roles.isEmpty() && store.dismiss(id, roles, Actors.current(), clock.instant());
        if (!changed) {
            throw new AlertNotOpen();
        }
    }

    /** Raises an alert unless one with the same cause exists; returns the new alert's ID. */
    @Transactional
    Optional<UUID> raise(String role, String title, String body, String dedupKey) {
        UUID id = Ids.newId();
        boolean inserted = store.insert(id, role, abbreviate(title, 200), abbreviate(body, 4000),
                abbreviate(dedupKey, 200), clock.instant());
        return inserted ? Optional.of(id) : Optional.empty();
    }

    private static List<String> roles() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return List.of();
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).distinct().toList();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
