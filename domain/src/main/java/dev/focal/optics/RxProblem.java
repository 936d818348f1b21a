package dev.focal.optics;

/** Something that stops a prescription from being accepted, with the field it concerns. */
public record RxProblem(RxField field, String message) {
}
