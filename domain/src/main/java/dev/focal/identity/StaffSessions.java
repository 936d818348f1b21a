package dev.focal.identity;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Whether a staff session signed in earlier may go on (ADR 0016). The security chains ask on every request that
 * carries a staff session, so a disabled user, one whose roles changed, or one whose password was reset or
 * changed is signed out at the next request, on every node: the answer is one primary-key read, never cached.
 */
@Service
public class StaffSessions {

    private final StaffSessionStore store;

    StaffSessions(StaffSessionStore store) {
        this.store = store;
    }

    /**
     * True while the account is enabled and still has the session version the session signed in with. Asked
     * before anyone is known to be signed in, hence open to all.
     */
    @PreAuthorize("permitAll()")
    public boolean isCurrent(StaffUserId user, long sessionVersion) {
        return store.enabledSessionVersion(user).map(current -> current == sessionVersion).orElse(false);
    }
}
