package dev.focal.customers;

import java.time.Instant;

/** What the account page shows. */
public record CustomerProfile(CustomerId id, String email, String fullName, Instant memberSince) {
}
