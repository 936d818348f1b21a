package dev.focal.notifications;

import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.CustomerPasswordResetRequested;
import dev.focal.customers.CustomerRegistered;
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

    @ApplicationModuleListener
    void on(CustomerPasswordResetRequested event) {
        queue.queue("password-reset:" + event.customerId() + ":" + event.expiresAt().toEpochMilli(),
                templates.passwordReset(event.email(), event.fullName(), event.token(),
                        CustomerAccounts.RESET_LINK_VALIDITY.toMinutes()));
    }
}
