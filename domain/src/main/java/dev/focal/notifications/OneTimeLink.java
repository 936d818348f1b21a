package dev.focal.notifications;

import java.util.UUID;

/**
 * A one-time link a message carries, minted only when the message is handed to SMTP: the stored copy shows
 * {@link EmailTemplates#MASK} where the token goes, so neither the message log nor a database dump holds a
 * usable link.
 *
 * @param kind    what the link does ({@link #PASSWORD_RESET})
 * @param subject whom it is for (the customer's ID)
 */
record OneTimeLink(String kind, UUID subject) {

    static final String PASSWORD_RESET = "password-reset";
}
