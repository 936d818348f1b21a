package dev.focal.notifications;

import java.time.Instant;
import java.util.UUID;

/** An alert as shown on the start page: for staff with {@code role}. */
public record StaffAlert(UUID id, String role, String title, String body, Instant createdAt) {
}
