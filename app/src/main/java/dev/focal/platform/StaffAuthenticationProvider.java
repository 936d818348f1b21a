package dev.focal.platform;

import dev.focal.identity.SignInChannel;
import dev.focal.identity.SignInOutcome;
import dev.focal.identity.StaffSignIn;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Authenticates staff against the identity context, which counts failures per user and client address and locks
 * that pair out. The client address is the request's remote address as Spring Security recorded it in the
 * authentication details ({@code request.getRemoteAddr()}; forwarded headers count only where the proxy
 * set-up trusts them). The error is
 * the same for every rejection so a form never reveals whether a username exists. Not a bean: each security
 * chain makes its own with the channel it serves.
 */
public class StaffAuthenticationProvider implements AuthenticationProvider {

    /** The one message for every rejected staff sign-in. */
    public static final String REJECTED = "Sign-in failed. Check your username and password. After "
            + "5 failed attempts in a row, sign-in is paused for 15 minutes.";

    private final StaffSignIn signIn;
    private final SignInChannel channel;

    public StaffAuthenticationProvider(StaffSignIn signIn, SignInChannel channel) {
        this.signIn = signIn;
        this.channel = channel;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Object credentials = authentication.getCredentials();
        String clientAddress = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        var outcome = signIn.authenticate(authentication.getName(), credentials == null ? "" : credentials.toString(),
                channel, clientAddress);
        return switch (outcome) {
            case SignInOutcome.Authenticated ok -> {
                var user = new StaffUserDetails(ok.principal());
                yield UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            }
            case SignInOutcome.Rejected rejected -> throw new BadCredentialsException(REJECTED);
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
