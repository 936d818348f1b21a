package dev.focal.customers;

/** Command from the sign-up form. Values are as typed; {@link CustomerAccounts#register} validates them. */
public record RegisterCustomer(String email, String fullName, String password) {
}
