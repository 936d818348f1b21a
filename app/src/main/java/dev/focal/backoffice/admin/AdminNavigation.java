package dev.focal.backoffice.admin;

import com.vaadin.flow.router.RouterLink;

/** Where the administration screens live; the door other slices use to reach them. */
public final class AdminNavigation {

    private AdminNavigation() {
    }

    public static RouterLink jobsLink(String text) {
        return new RouterLink(text, JobsView.class);
    }

    public static RouterLink auditTrailLink(String text) {
        return new RouterLink(text, AuditTrailView.class);
    }
}
