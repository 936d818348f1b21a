package dev.focal.platform;

import dev.focal.identity.StaffSecondFactor;
import java.time.Instant;
import java.util.ArrayList;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A staff password sign-in for the backoffice: the password factor ({@code FACTOR_PASSWORD}) and, when the member
 * set up an authenticator, the {@link SecondFactorAuthorization#ENROLLED} mark, so that the second step knows to ask
 * for a code (ADR 0018). Wraps the provider that checks the password and keeps the lockout.
 */
public class SecondFactorAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final StaffSecondFactor secondFactor;

    public SecondFactorAuthenticationProvider(AuthenticationProvider passwords, StaffSecondFactor secondFactor) {
        this.passwords = passwords;
        this.secondFactor = secondFactor;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Authentication signedIn = passwords.authenticate(authentication);
        if (signedIn == null || !(signedIn.getPrincipal() instanceof StaffUserDetails staff)) {
            return signedIn;
        }
        var authorities = new ArrayList<GrantedAuthority>(signedIn.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .issuedAt(Instant.now()).build());
        if (secondFactor.state(staff.id()).enrolled()) {
            authorities.add(new SimpleGrantedAuthority(SecondFactorAuthorization.ENROLLED));
        }
        return UsernamePasswordAuthenticationToken.authenticated(staff, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
