package dev.focal.identity;

/** Failures of the identity context, translated once at the edge (view or controller). */
public final class IdentityExceptions {

    private IdentityExceptions() {
    }

    /** The username is taken (usernames are unique regardless of case). */
    public static final class UsernameTaken extends RuntimeException {
        public UsernameTaken(String username) {
            super("The username " + username + " is already taken.");
        }
    }

    /** Someone else saved the user after the editor loaded it. */
    public static final class StaffUserChanged extends RuntimeException {
        public StaffUserChanged() {
            super("This user was changed by someone else. Reload to see the latest version.");
        }
    }

    public static final class StaffUserNotFound extends RuntimeException {
        public StaffUserNotFound(StaffUserId id) {
            super("No staff user " + id + ".");
        }
    }

    /** Admins cannot lock themselves out by disabling or demoting their own account. */
    public static final class CannotChangeOwnAccess extends RuntimeException {
        public CannotChangeOwnAccess(String message) {
            super(message);
        }
    }

    /** The current password given for a password change is wrong. */
    public static final class WrongCurrentPassword extends RuntimeException {
        public WrongCurrentPassword() {
            super("The current password is not correct.");
        }
    }
}
