package dev.focal.api.core;

import dev.focal.shared.InvalidInput;

/** A request parameter or body field is wrong; the problem document names it. */
public final class ApiInputException extends InvalidInput {

    public ApiInputException(String field, String message) {
        super(field, message);
    }

    @Override
    public String field() {
        return fieldProblems().getFirst().field();
    }
}
