package dev.focal.customers;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A customer's session version, and their remembered sign-ins: the storefront's "keep me signed in" tokens in
 * Spring Security's {@code persistent_logins} table, keyed by e-mail address.
 */
@Component
class CustomerSessionStore {

    private final JdbcClient jdbc;

    CustomerSessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's session version, or empty when the account is gone or disabled. */
    Optional<Long> enabledSessionVersion(CustomerId customer) {
        return jdbc.sql("select session_version from customer where id = ? and enabled")
                .param(customer.value()).query(Long.class).optional();
    }

    /** Deletes every remember-me token of the address, so no device signs in with one again. */
    void forgetRememberedSignIns(String email) {
        jdbc.sql("delete from persistent_logins where username = ?").param(email).update();
    }
}
