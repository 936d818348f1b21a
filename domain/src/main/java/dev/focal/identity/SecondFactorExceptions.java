package dev.focal.identity;

import dev.focal.shared.InvalidInput;
import dev.focal.shared.Refused;

/** Failures of the staff second factor, translated once at the edge (view or controller). */
public final class SecondFactorExceptions {

    private SecondFactorExceptions() {
    }

    /** The code typed to confirm an authenticator is not the one it shows now; field {@code code}. */
    public static final class WrongSecondFactorCode extends InvalidInput {
        public WrongSecondFactorCode() {
            super("code", "That code does not match. Type the 6 digits your app shows now.");
        }
    }

    /** A role that reads prescriptions cannot turn the second factor off. */
    public static final class SecondFactorRequired extends Refused {
        public SecondFactorRequired() {
            super("Your roles read prescriptions, so the authenticator app is required and cannot be removed.");
        }
    }
}
