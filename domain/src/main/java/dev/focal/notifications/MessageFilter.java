package dev.focal.notifications;

import org.jspecify.annotations.Nullable;

/** Criteria for the message log: text in recipient or subject, and a status. */
public record MessageFilter(@Nullable String text, @Nullable MessageStatus status) {

    public static MessageFilter all() {
        return new MessageFilter(null, null);
    }
}
