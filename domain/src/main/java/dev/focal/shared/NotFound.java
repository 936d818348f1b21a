package dev.focal.shared;

/**
 * The record the caller named does not exist, or not for this caller (someone else's prescription is "not
 * found", never "forbidden", so its existence does not leak). Use it for lookups by ID, number or code; the
 * message says what was looked for. A context's own "not found" failures extend this under their own names.
 */
public abstract class NotFound extends RuntimeException {

    protected NotFound(String message) {
        super(message);
    }
}
