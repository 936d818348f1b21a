package dev.focal.idempotency;

/** How a request with a key went: carried out now, or answered with what its first attempt stored. */
public sealed interface IdempotentOutcome<T> {

    /** The work ran in this attempt; {@code result} is what it returned. */
    record Executed<T>(T result) implements IdempotentOutcome<T> {
    }

    /** An earlier attempt of the same request succeeded; nothing ran now and this is its stored answer. */
    record Replayed<T>(StoredResponse response) implements IdempotentOutcome<T> {
    }
}
