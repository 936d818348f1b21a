package dev.focal.idempotency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** All SQL of {@code idempotency_key}. Callers hold the transaction that guards the work. */
@Component
class IdempotencyStore {

    /** What an earlier, committed attempt left under a key. */
    record Earlier(String operation, String requestHash, StoredResponse response) {
    }

    /** PostgreSQL's SQL state when {@code lock_timeout} ran out. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final JdbcClient jdbc;

    IdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key for this transaction, or returns what the attempt that holds it stored. A row older than
     * {@code expiredBefore} counts as absent and is taken over. When another transaction is inserting the same key,
     * this waits (at most {@code wait}) for it to end: a commit makes its row the earlier attempt, a rollback
     * leaves the key to this one.
     *
     * @throws IdempotencyKeyBusy when the other attempt did not end within {@code wait}
     */
    Optional<Earlier> claim(IdempotentRequest request, Instant now, Instant expiredBefore, Duration wait) {
        String previous = jdbc.sql("select current_setting('lock_timeout')").query(String.class).single();
        jdbc.sql("select set_config('lock_timeout', ?, true)").param(Math.max(1, wait.toMillis()) + "ms")
                .query().singleRow();
        boolean claimed;
        try {
            claimed = jdbc.sql("""
                    insert into idempotency_key (scope, request_key, operation, request_hash, created_at)
                    values (:scope, :key, :operation, :hash, :now)
                    on conflict (scope, request_key) do update
                        set operation = excluded.operation, request_hash = excluded.request_hash,
                            created_at = excluded.created_at, response_status = null, response_headers = null,
                            response_body = null, completed_at = null
                        where idempotency_key.created_at < :expiredBefore
                    returning 1""")
                    .param("scope", request.scope()).param("key", request.key())
                    .param("operation", request.operation()).param("hash", request.requestHash())
                    .param("now", Timestamp.from(now)).param("expiredBefore", Timestamp.from(expiredBefore))
                    .query().listOfRows().size() == 1;
        } catch (DataAccessException e) {
            if (e instanceof PessimisticLockingFailureException || e.getMostSpecificCause() instanceof SQLException sql
                    && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                throw new IdempotencyKeyBusy(wait);
            }
            throw e;
        }
        jdbc.sql("select set_config('lock_timeout', ?, true)").param(previous).query().singleRow();
        if (claimed) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select operation, request_hash, response_status, response_headers, response_body
                from idempotency_key where scope = ? and request_key = ?""")
                .params(request.scope(), request.key())
                .query(IdempotencyStore::earlier).optional();
    }

    /** Keeps the answer of the attempt that claimed the key (same transaction as {@link #claim}). */
    void complete(IdempotentRequest request, StoredResponse response, Instant now) {
        jdbc.sql("""
                update idempotency_key set response_status = ?, response_headers = ?, response_body = ?,
                    completed_at = ?
                where scope = ? and request_key = ?""")
                .params(response.status(), headerLines(response.headers()), response.body(), Timestamp.from(now),
                        request.scope(), request.key())
                .update();
    }

    /** Deletes keys created before {@code cutoff}; returns how many. */
    int deleteCreatedBefore(Instant cutoff) {
        return jdbc.sql("delete from idempotency_key where created_at < ?").param(Timestamp.from(cutoff)).update();
    }

    private static Earlier earlier(ResultSet rs, int row) throws SQLException {
        return new Earlier(rs.getString("operation"), rs.getString("request_hash"),
                new StoredResponse(rs.getInt("response_status"),
                        headers(Objects.requireNonNullElse(rs.getString("response_headers"), "")),
                        rs.getBytes("response_body")));
    }

    /** Headers as HTTP writes them, one {@code Name: value} a line (values never hold a line break). */
    static String headerLines(Map<String, String> headers) {
        var lines = new StringBuilder();
        headers.forEach((name, value) -> lines.append(name).append(": ").append(value).append('\n'));
        return lines.toString();
    }

    static Map<String, String> headers(String lines) {
        Map<String, String> headers = new LinkedHashMap<>();
        lines.lines().filter(line -> line.contains(": ")).forEach(line -> {
            int colon = line.indexOf(": ");
            headers.put(line.substring(0, colon), line.substring(colon + 2));
        });
        return headers;
    }
}
