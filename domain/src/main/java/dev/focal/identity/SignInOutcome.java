package dev.focal.identity;

/** The result of a staff sign-in attempt. A rejection never says whether the username exists. */
public sealed interface SignInOutcome {

    record Authenticated(StaffPrincipal principal) implements SignInOutcome {
    }

    /** Wrong username or password, disabled, or locked: deliberately indistinguishable to the caller. */
    record Rejected() implements SignInOutcome {
    }
}
