package dev.focal.customers;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Someone on a customer account whose prescriptions the account keeps: the account holder (always there,
 * created on first use) or a family member added by name.
 */
public record Wearer(WearerId id, String name, @Nullable LocalDate birthDate, boolean accountHolder) {
}
