package dev.focal.customers;

import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Someone on a customer account whose prescriptions the account keeps: the account holder (always there,
 * created on first use) or a family member added by name.
 */
public record Wearer(WearerId id, String name, @Nullable LocalDate birthDate, boolean accountHolder) {

    /** Below this age a wearer counts as a child (for the lens material rules: polycarbonate or Trivex). */
    public static final int ADULT_AGE = 18;

    /** Age in whole years on {@code day}, when the birth date is known. */
    public OptionalInt ageOn(LocalDate day) {
        return birthDate == null ? OptionalInt.empty() : OptionalInt.of(Period.between(birthDate, day).getYears());
    }
}
