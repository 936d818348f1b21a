package dev.focal.identity;

import dev.focal.shared.ChangedBySomeoneElse;
import dev.focal.shared.InvalidInput;
import dev.focal.shared.NotFound;
import dev.focal.shared.Refused;
import java.util.Locale;

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

    /**
     * A staff user's username, name or roles break a rule; the message is fit for the field, whose
     * {@link #field() name} is that of the command component ({@code username}, {@code name}, {@code roles}).
     */
    public static final class InvalidStaffUser extends InvalidInput {

        private final StaffUserField staffUserField;

        public InvalidStaffUser(StaffUserField field, String message) {
            super(field.name().toLowerCase(Locale.ROOT), message);
            this.staffUserField = field;
        }

        @Override
        public String field() {
            return fieldProblems().getFirst().field();
        }

        public StaffUserField staffUserField() {
            return staffUserField;
        }
    }

    /** The username is taken (usernames are unique regardless of case); field {@code username}. */
    public static final class UsernameTaken extends InvalidInput {
        public UsernameTaken(String username) {
            super("username", "The username " + username + " is already taken.");
        }
    }

    /** Someone else saved the user after the editor loaded it. */
    public static final class StaffUserChanged extends ChangedBySomeoneElse {
        public StaffUserChanged() {
            super("This user was changed by someone else. Reload to see the latest version.");
        }
    }

    public static final class StaffUserNotFound extends NotFound {
        public StaffUserNotFound(StaffUserId id) {
            super("No staff user " + id + ".");
        }
    }

    /** Admins cannot lock themselves out by disabling or demoting their own account. */
    public static final class CannotChangeOwnAccess extends Refused {
        public CannotChangeOwnAccess(String message) {
            super(message);
        }
    }

    /**
     * An API token's name or expiry breaks a rule; {@link #field() field} {@code name} or {@code expiresAt}, as
     * the parameters of {@link ApiTokens#create}.
     */
    public static final class InvalidApiToken extends InvalidInput {
        public InvalidApiToken(String field, String message) {
            super(field, message);
        }
    }

    /** The current password given for a password change is wrong; field {@code currentPassword}. */
    public static final class WrongCurrentPassword extends InvalidInput {
        public WrongCurrentPassword() {
            super("currentPassword", "The current password is not correct.");
        }
    }
}
