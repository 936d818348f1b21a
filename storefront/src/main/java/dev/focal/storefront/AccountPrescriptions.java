package dev.focal.storefront;

/** What the account page says about the customer's prescriptions: how many, expired, expiring within 60 days. */
public record AccountPrescriptions(int count, int expired, int expiringSoon) {
}
