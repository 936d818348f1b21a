package dev.focal.identity;

/**
 * Where a staff member stands with the second factor: whether their roles require it and whether an authenticator
 * is set up (confirmed), and how many unused recovery codes are left.
 */
public record SecondFactorState(boolean required, boolean enrolled, int recoveryCodesLeft) {

    /** Signing in asks for a code after the password. */
    public boolean asksForCode() {
        return enrolled;
    }

    /** Signing in ends in the set-up step: required, but no authenticator yet. */
    public boolean mustEnrol() {
        return required && !enrolled;
    }
}
