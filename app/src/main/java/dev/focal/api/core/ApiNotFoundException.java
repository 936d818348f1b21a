package dev.focal.api.core;

/** Something an API call asked for by its ID does not exist, or is not public: answered 404. */
public final class ApiNotFoundException extends RuntimeException {

    public ApiNotFoundException(String message) {
        super(message);
    }
}
