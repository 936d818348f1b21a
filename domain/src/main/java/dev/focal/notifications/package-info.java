/**
 * Messages to customers and suppliers: renders e-mails, sends them through JobRunr jobs over SMTP when it is
 * configured, and keeps every message in a log that admins can read (the only delivery when there is no SMTP);
 * staff alerts (a stock ledger mismatch, for admins) shown on the start page until dismissed and e-mailed to
 * {@code focal.alerts.email} when set.
 */
@ApplicationModule
@NullMarked
package dev.focal.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
