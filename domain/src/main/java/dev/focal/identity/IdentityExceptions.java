package dev.focal.identity;

/** Failures of the identity context, translated once at the edge (view or controller). */
public final class IdentityExceptions {

    private IdentityExceptions() {
    }

    /** The part of a staff user a validation message belongs to, so a form can show it at that field. */
    public enum StaffUserField {
        USERNAME,
        NAME,
        ROLES
    }

    /** A staff user's username, name or roles break a rule; the message is fit for the field. */
    public static final class InvalidStaffUser extends IllegalArgumentException {

        private final StaffUserField field;

        public InvalidStaffUser(StaffUserField field, String message) {
            super(message);
            this.field = field;
        }

        public StaffUserField field() {
            return field;
        }
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
