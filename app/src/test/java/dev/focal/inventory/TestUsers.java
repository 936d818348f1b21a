package dev.focal.inventory;

import java.util.Arrays;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a piece of a test as another staff member, then puts the previous one back. */
public final class TestUsers {

    private TestUsers() {
    }

    public static void as(String username, String role, Runnable action) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        signIn(username, role);
        try {
            action.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    /** Signs in for the rest of the test (the test's security context is reset after it). */
    public static void signIn(String username, String... roles) {
        var authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, "n/a", authorities));
    }
}
