package dev.focal.customers;

import dev.focal.shared.InvalidInput;
import dev.focal.shared.Refused;

/** Failures of the customers context, translated once at the edge. */
public final class CustomerExceptions {

    private CustomerExceptions() {
    }

    /**
     * Another sign-up for this address committed at the same moment; field {@code email}. The storefront does
     * not show it: it answers as for any sign-up, so the form does not tell who is a customer.
     */
    public static final class EmailAlreadyRegistered extends InvalidInput {
        public EmailAlreadyRegistered() {
            super("email", "An account with this e-mail address exists already. Sign in, or reset your password.");
        }
    }

    /** The reset link is unknown, used or expired. */
    public static final class InvalidResetToken extends Refused {
        public InvalidResetToken() {
            super("Link not valid", "This password-reset link is invalid or has expired. Ask for a new one.");
        }
    }
}
