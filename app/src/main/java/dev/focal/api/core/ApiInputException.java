package dev.focal.api.core;

/** A request parameter or body field is wrong; the problem document names it. */
public final class ApiInputException extends IllegalArgumentException {

    private final String field;

    public ApiInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
