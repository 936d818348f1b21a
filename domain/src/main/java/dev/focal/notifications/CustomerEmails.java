package dev.focal.notifications;

import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.CustomerPasswordResetRequested;
import dev.focal.customers.CustomerRegistered;
import dev.focal.customers.RegistrationAttempted;
import java.time.temporal.ChronoUnit;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Turns customer events into e-mails. Idempotent: each event's cause is the message's dedup key. */
@Component
class CustomerEmails {

    private final EmailQueue queue;
    private final EmailTemplates templates;

    CustomerEmails(EmailQueue queue, EmailTemplates templates) {
        this.queue = queue;
        this.templates = templates;
    }

    @ApplicationModuleListener
    void on(CustomerRegistered event) {
        queue.queue("welcome:" + event.customerId(), templates.welcome(event.email(), event.fullName()));
    }

    /** At most one such e-mail per account and hour, however often someone tries. */
    @ApplicationModuleListener
    void on(RegistrationAttempted event) {
        queue.queue("registration-attempt:" + event.customerId() + ":"
                        + event.attemptedAt().truncatedTo(ChronoUnit.HOURS),
                templates.registrationAttempted(event.email(), event.fullName()));
    }

    @ApplicationModuleListener
    void on(CustomerPasswordResetRequested event) {
        queue.queue("password-reset:" + event.customerId() + ":" + event.expiresAt().toEpochMilli(),
                templates.passwordReset(event.email(), event.fullName(), event.token(),
                        CustomerAccounts.RESET_LINK_VALIDITY.toMinutes()));
    }
}
