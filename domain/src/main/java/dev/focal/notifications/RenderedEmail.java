package dev.focal.notifications;

import org.jspecify.annotations.Nullable;

/** An e-mail ready to send: plain text always, HTML and one attachment optionally. */
record RenderedEmail(String kind, String recipient, String subject, String text, @Nullable String html,
                     @Nullable Attachment attachment) {

    RenderedEmail(String kind, String recipient, String subject, String text, @Nullable String html) {
        this(kind, recipient, subject, text, html, null);
    }

    /** A file sent with the message (the PDF of a purchase order), kept with the message in the log. */
    record Attachment(String name, String contentType, byte[] content) {

        Attachment {
            if (name.isBlank() || name.length() > 200) {
                throw new IllegalArgumentException("An attachment needs a name of 1 to 200 characters.");
            }
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
