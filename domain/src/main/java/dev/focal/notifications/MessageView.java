package dev.focal.notifications;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A message as the message log shows it; {@code attachmentName} and its size in bytes when a file went with it. */
public record MessageView(UUID id, String kind, String recipient, String subject, String bodyText,
                          MessageStatus status, Instant createdAt, @Nullable Instant processedAt, int attempts,
                          @Nullable String lastError, @Nullable String attachmentName, int attachmentBytes) {
}
