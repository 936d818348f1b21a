package dev.focal.customers;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Whether a customer session signed in earlier may go on (ADR 0016). The storefront asks whenever it reads a
 * customer's security context from the session, so a password reset signs the customer out everywhere at the
 * next request, on every node: one primary-key read, never cached.
 */
@Service
public class CustomerSessions {

    private final CustomerSessionStore store;

    CustomerSessions(CustomerSessionStore store) {
        this.store = store;
    }

    /** True while the account is enabled and still has the session version the session signed in with. */
    @PreAuthorize("permitAll()")
    public boolean isCurrent(CustomerId customer, long sessionVersion) {
        return store.enabledSessionVersion(customer).map(current -> current == sessionVersion).orElse(false);
    }
}
