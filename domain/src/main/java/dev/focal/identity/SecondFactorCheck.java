package dev.focal.identity;

/** The answer to a code typed at the second sign-in step. */
public enum SecondFactorCheck {
    /** A current authenticator code, not used before. */
    CODE_ACCEPTED,
    /** An unused recovery code, now spent. */
    RECOVERY_CODE_ACCEPTED,
    /** Neither; also when the account is locked after too many failures. */
    REJECTED;

    public boolean accepted() {
        return this != REJECTED;
    }
}
