package dev.focal.optics;

/**
 * Something legal but unusual in a prescription (strong powers, additions that differ between the eyes,
 * anisometropia over 2.00 D): shown to the customer or optician to double-check, never a reason to refuse.
 */
public record RxWarning(RxField field, String message) {
}
