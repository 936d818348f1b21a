package dev.focal.customers;

/** Failures of the customers context, translated once at the edge. */
public final class CustomerExceptions {

    private CustomerExceptions() {
    }

    /** An account with this e-mail address exists already. */
    public static final class EmailAlreadyRegistered extends RuntimeException {
        public EmailAlreadyRegistered() {
            super("An account with this e-mail address exists already. Sign in, or reset your password.");
        }
    }

    /** The reset link is unknown, used or expired. */
    public static final class InvalidResetToken extends RuntimeException {
        public InvalidResetToken() {
            super("This password-reset link is invalid or has expired. Ask for a new one.");
        }
    }
}
