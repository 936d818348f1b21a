package dev.focal.customers;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in storefront customer; the only authority is {@code ROLE_CUSTOMER}. The session version is the
 * account's at sign-in: once it has moved on (a new password), {@link CustomerSessions} says the session is over.
 */
public class CustomerPrincipal extends User {

    public static final String AUTHORITY = "ROLE_CUSTOMER";

    private final CustomerId customerId;
    private final String fullName;
    private final long sessionVersion;

    CustomerPrincipal(CustomerId customerId, String email, String fullName, String passwordHash, boolean enabled,
                      long sessionVersion) {
        super(email, passwordHash, enabled, true, true, true, authorities());
        this.customerId = customerId;
        this.fullName = fullName;
        this.sessionVersion = sessionVersion;
    }

    private static Collection<? extends GrantedAuthority> authorities() {
        return List.of(new SimpleGrantedAuthority(AUTHORITY));
    }

    public CustomerId customerId() {
        return customerId;
    }

    public String fullName() {
        return fullName;
    }

    public long sessionVersion() {
        return sessionVersion;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
