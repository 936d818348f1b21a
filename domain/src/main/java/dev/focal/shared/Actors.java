package dev.focal.shared;

import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, for ledgers and logs: the signed-in user's name, or {@code system} for jobs and start-up. */
public final class Actors {

    public static final String SYSTEM = "system";

    private Actors() {
    }

    public static String current() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null || auth.getName().isBlank() ? SYSTEM : auth.getName();
    }
}
