package dev.focal.idempotency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One attempt of a request that must take effect once: whose it is ({@code scope}, like {@code staff:<id>} or
 * {@code customer:<id>}, so two callers' keys never meet), the caller's {@code key}, what it does
 * ({@code operation}, like {@code POST /api/v1/stock-movements}) and the SHA-256 of its canonical body. Two
 * attempts are the same request when operation and hash are equal.
 */
public record IdempotentRequest(String scope, String key, String operation, String requestHash) {

    /** The longest key a caller may send. */
    public static final int MAX_KEY_LENGTH = 100;

    public IdempotentRequest {
        if (scope.isBlank() || scope.length() > 120) {
            throw new IllegalArgumentException("An idempotency scope has 1 to 120 characters.");
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("An idempotency key has 1 to " + MAX_KEY_LENGTH + " characters.");
        }
        if (operation.isBlank() || operation.length() > 300) {
            throw new IllegalArgumentException("An idempotent operation is named in 1 to 300 characters.");
        }
        if (!requestHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("The request hash is a SHA-256 in lower-case hex.");
        }
    }

    /** The attempt whose canonical body is {@code canonicalBody} (the same bytes for the same request). */
    public static IdempotentRequest of(String scope, String key, String operation, byte[] canonicalBody) {
        return new IdempotentRequest(scope, key, operation, sha256(canonicalBody));
    }

    /** Same request as {@code operation} with a body hashed to {@code requestHash}. */
    boolean sameRequestAs(String otherOperation, String otherHash) {
        return operation.equals(otherOperation) && requestHash.equals(otherHash);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
