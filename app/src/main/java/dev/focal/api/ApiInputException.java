package dev.focal.api;

/** A request parameter or body field is wrong; the problem document names it. */
final class ApiInputException extends IllegalArgumentException {

    private final String field;

    ApiInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
