package dev.focal.notifications;

import org.jspecify.annotations.Nullable;

/** An e-mail ready to send: plain text always, HTML optionally. */
record RenderedEmail(String kind, String recipient, String subject, String text, @Nullable String html) {
}
