package dev.focal.notifications;

import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.CustomerContacts;
import dev.focal.customers.CustomerPasswordResetRequested;
import dev.focal.customers.CustomerRegistered;
import dev.focal.customers.RegistrationAttempted;
import java.time.temporal.ChronoUnit;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns customer events into e-mails. Idempotent: each event's cause is the message's dedup key. The events
 * carry only the customer's ID; the address and name are loaded here, and a password-reset link is minted
 * only when its message is sent (the stored message shows it masked).
 */
@Component
class CustomerEmails {

    private final EmailQueue queue;
    private final EmailTemplates templates;
    private final CustomerContacts contacts;

    CustomerEmails(EmailQueue queue, EmailTemplates templates, CustomerContacts contacts) {
        this.queue = queue;
        this.templates = templates;
        this.contacts = contacts;
    }

    @ApplicationModuleListener
    void on(CustomerRegistered event) {
        contacts.of(event.customerId()).ifPresent(contact -> queue.queue("welcome:" + event.customerId(),
                templates.welcome(contact.email(), contact.fullName())));
    }

    /** At most one such e-mail per account and hour, however often someone tries. */
    @ApplicationModuleListener
    void on(RegistrationAttempted event) {
        contacts.of(event.customerId()).ifPresent(contact -> queue.queue("registration-attempt:"
                        + event.customerId() + ":" + event.attemptedAt().truncatedTo(ChronoUnit.HOURS),
                templates.registrationAttempted(contact.email(), contact.fullName())));
    }

    @ApplicationModuleListener
    void on(CustomerPasswordResetRequested event) {
        contacts.of(event.customerId()).ifPresent(contact -> queue.queue(
                "password-reset:" + event.customerId() + ":" + event.requestedAt().toEpochMilli(),
                templates.passwordReset(contact.email(), contact.fullName(),
                        CustomerAccounts.RESET_LINK_VALIDITY.toMinutes()),
                new OneTimeLink(OneTimeLink.PASSWORD_RESET, event.customerId().value())));
    }
}
