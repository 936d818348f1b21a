package dev.focal.platform;

import dev.focal.identity.StaffSecondFactor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The staff second factor as one more authorization rule (ADR 0018): a staff sign-in whose roles read prescriptions,
 * or whose owner set up an authenticator, passes a role check only once it holds the {@link #FACTOR} authority as
 * well. Spring Security's multi-factor support ({@link AllRequiredFactorsAuthorizationManager}) makes the decision
 * and {@link SecondFactorConfiguration} adds it to every {@code hasRole}/{@code hasAnyRole}/{@code authenticated}
 * check: URL rules, {@code @PreAuthorize} on services, and so the API. Everyone else passes untouched: shop
 * customers, staff with optional roles and no authenticator, and personal API tokens ({@code FACTOR_BEARER}), which
 * stay single-factor by design (made from a full sign-in, shown once, revocable, scoped to scripts).
 */
public final class SecondFactorAuthorization implements AuthorizationManager<Object> {

    /** The factor authority a staff sign-in earns with an authenticator code or a recovery code. */
    public static final String FACTOR = "FACTOR_TOTP";

    /** Marks a password sign-in of a staff member who set up an authenticator (optional roles included). */
    public static final String ENROLLED = "SECOND_FACTOR_ENROLLED";

    private final AllRequiredFactorsAuthorizationManager<Object> totp = AllRequiredFactorsAuthorizationManager
            .builder().requireFactor(factor -> factor.authority(FACTOR)).build();

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, Object object) {
        if (!needsSecondFactor(authentication.get())) {
            return new AuthorizationDecision(true);
        }
        return totp.authorize(authentication, object);
    }

    /** Whether this caller is a staff sign-in that still has to give its second factor. */
    public static boolean needsSecondFactor(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffUserDetails staff)) {
            return false;
        }
        if (has(authentication, FactorGrantedAuthority.BEARER_AUTHORITY) || has(authentication, FACTOR)) {
            return false;
        }
        return StaffSecondFactor.requiredFor(staff.roles()) || has(authentication, ENROLLED);
    }

    /** Whether the second step is setting up an authenticator (required, none yet) rather than typing a code. */
    public static boolean mustEnrol(Authentication authentication) {
        return needsSecondFactor(authentication) && !has(authentication, ENROLLED);
    }

    /** The same sign-in with the second factor given now. */
    public static Authentication withSecondFactor(Authentication authentication) {
        var authorities = new ArrayList<GrantedAuthority>(authentication.getAuthorities());
        authorities.removeIf(a -> FACTOR.equals(a.getAuthority()) || ENROLLED.equals(a.getAuthority()));
        authorities.add(new SimpleGrantedAuthority(ENROLLED));
        authorities.add(FactorGrantedAuthority.withAuthority(FACTOR).issuedAt(Instant.now()).build());
        var elevated = UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(), null,
                authorities);
        elevated.setDetails(authentication.getDetails());
        return elevated;
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
