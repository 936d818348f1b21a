package dev.focal.api.core;

import dev.focal.shared.NotFound;

/** Something an API call asked for by its ID does not exist, or is not public: answered 404. */
public final class ApiNotFoundException extends NotFound {

    public ApiNotFoundException(String message) {
        super(message);
    }
}
