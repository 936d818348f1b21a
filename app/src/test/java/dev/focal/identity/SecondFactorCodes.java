package dev.focal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.platform.SecondFactorAuthorization;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Test helpers for the staff second factor: authenticator codes as an app would show them, and completing the
 * second sign-in step of a MockMvc session through the real {@link StaffSecondFactor#verify} (only the Vaadin form
 * is skipped). Nothing here switches enforcement off.
 */
public final class SecondFactorCodes {

    /** The session attribute of the backoffice (and API) staff security context. */
    public static final String STAFF_SESSION_KEY = "FOCAL_STAFF_SECURITY_CONTEXT";

    private SecondFactorCodes() {
    }

    /** The code an authenticator app with this base32 secret shows now. */
    public static String codeNow(String base32) {
        return code(base32, Instant.now());
    }

    public static String code(String base32, Instant at) {
        return Totp.code(Totp.fromBase32(base32), Totp.step(at.getEpochSecond()));
    }

    /**
     * A code of this user's authenticator that has not been accepted yet: each code is accepted once (RFC 6238
     * 5.2), so a test that signs the same demo account in again uses the next time step's code, or waits for it.
     */
    public static String unusedCode(JdbcClient jdbc, String username, String base32) {
        while (true) {
            long lastUsed = jdbc.sql("select f.last_used_step from staff_second_factor f join staff_user u "
                    + "on u.id = f.staff_user_id where u.username = ?").param(username).query(Long.class).single();
            long now = Totp.step(Instant.now().getEpochSecond());
            if (lastUsed < now + 1) {
                return Totp.code(Totp.fromBase32(base32), Math.max(now, lastUsed + 1));
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A demo account's code (demo accounts use {@link StaffSecondFactor#DEMO_SECRET}). */
    public static String unusedDemoCode(JdbcClient jdbc, String username) {
        return unusedCode(jdbc, username, StaffSecondFactor.DEMO_SECRET);
    }

    /** Gives the second factor for the staff member signed in to this session, as the code step does. */
    public static void completeSecondFactor(MockHttpSession session, StaffSecondFactor secondFactor, String code) {
        var stored = (SecurityContext) session.getAttribute(STAFF_SESSION_KEY);
        assertThat(stored).as("a staff sign-in in the session").isNotNull();
        SecurityContextHolder.setContext(stored);
        try {
            assertThat(secondFactor.verify(code, "127.0.0.1").accepted()).as("code accepted").isTrue();
            var elevated = SecurityContextHolder.createEmptyContext();
            elevated.setAuthentication(SecondFactorAuthorization.withSecondFactor(stored.getAuthentication()));
            session.setAttribute(STAFF_SESSION_KEY, elevated);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
