package dev.focal.storefront.shell;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Rate limits on the customer doors that anyone can knock on: sign-in, forgotten password and sign-up, each per
 * e-mail address and per client address (docs/adr/0017-throttling-and-lockout.md). A throttled attempt gets
 * {@link #TOO_MANY} and nothing else, whether or not an account uses the address: every limit counts by the
 * address typed, never by the account. The client address is {@code request.getRemoteAddr()}, which honours
 * forwarded headers only where the proxy set-up trusts them.
 */
@Component
public class CustomerThrottles {

    /** The one message a throttled customer sees, on every form. */
    public static final String TOO_MANY = "Too many attempts, try again in a few minutes.";

    /** Failed sign-ins for one e-mail address: 5, then one more every 3 minutes. */
    private final Throttle signInByEmail;
    /** Failed sign-ins from one client address, whatever the e-mail (one address trying many accounts). */
    private final Throttle signInByClient;
    /** Reset e-mails for one address: 3 an hour, the cap that keeps the form from flooding an inbox. */
    private final Throttle resetByEmail;
    private final Throttle resetByClient;
    /** Sign-ups (each sends an e-mail) for one address, and from one client address. */
    private final Throttle signUpByEmail;
    private final Throttle signUpByClient;

    CustomerThrottles(MeterRegistry metrics) {
        signInByEmail = new Throttle("sign-in-per-email", 5, Duration.ofMinutes(15), metrics);
        signInByClient = new Throttle("sign-in-per-client", 20, Duration.ofMinutes(15), metrics);
        resetByEmail = new Throttle("password-reset-per-email", 3, Duration.ofHours(1), metrics);
        resetByClient = new Throttle("password-reset-per-client", 10, Duration.ofHours(1), metrics);
        signUpByEmail = new Throttle("sign-up-per-email", 3, Duration.ofHours(1), metrics);
        signUpByClient = new Throttle("sign-up-per-client", 20, Duration.ofHours(1), metrics);
    }

    /** Whether a sign-in may be checked at all; a throttled one is refused before the password is looked at. */
    public boolean signInAllowed(@Nullable String email, @Nullable String client) {
        boolean emailAllowed = signInByEmail.allows(key(email));
        boolean clientAllowed = signInByClient.allows(key(client));
        return emailAllowed && clientAllowed;
    }

    public void signInFailed(@Nullable String email, @Nullable String client) {
        signInByEmail.use(key(email));
        signInByClient.use(key(client));
    }

    /** The right password ends the e-mail's count; the client's count runs out on its own. */
    public void signInSucceeded(@Nullable String email) {
        signInByEmail.forget(key(email));
    }

    /** Uses one reset request; false when the address or the client has had enough for now. */
    public boolean tryPasswordReset(@Nullable String email, @Nullable String client) {
        return resetByClient.tryUse(key(client)) && resetByEmail.tryUse(key(email));
    }

    /** Uses one sign-up; false when the address or the client has had enough for now. */
    public boolean trySignUp(@Nullable String email, @Nullable String client) {
        return signUpByClient.tryUse(key(client)) && signUpByEmail.tryUse(key(email));
    }

    private static String key(@Nullable String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
