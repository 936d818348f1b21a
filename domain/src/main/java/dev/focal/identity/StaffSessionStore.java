package dev.focal.identity;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The session version of staff accounts, read by primary key on every request with a staff session. */
@Component
class StaffSessionStore {

    private final JdbcClient jdbc;

    StaffSessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's session version, or empty when the account is gone or disabled. */
    Optional<Long> enabledSessionVersion(StaffUserId user) {
        return jdbc.sql("select session_version from staff_user where id = ? and enabled")
                .param(user.value()).query(Long.class).optional();
    }
}
