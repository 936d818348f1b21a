package dev.focal.api.core;

import dev.focal.customers.CustomerPrincipal;
import dev.focal.idempotency.IdempotencyKeyBusy;
import dev.focal.idempotency.IdempotencyKeyReused;
import dev.focal.idempotency.IdempotentOutcome;
import dev.focal.idempotency.IdempotentRequest;
import dev.focal.idempotency.IdempotentRequests;
import dev.focal.idempotency.StoredResponse;
import dev.focal.platform.StaffUserDetails;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way an API POST honours an {@code Idempotency-Key} (docs/api.md). A controller passes the request, the
 * header, its parsed body and the work, and returns what this returns:
 * <pre>{@code
 * return idempotent.once(request, key, body, () -> ResponseEntity.created(location).body(result));
 * }</pre>
 * <ul>
 *   <li>The key is required (400 naming {@code Idempotency-Key} without one) and belongs to the caller: staff
 *       ({@code staff:<id>}, by token or session) and customers ({@code customer:<id>}) never share keys.</li>
 *   <li>The request is its method and path plus the SHA-256 of its body written canonically (the parsed body as
 *       JSON with sorted fields), so spacing and field order do not make a new request.</li>
 *   <li>A 2xx answer is stored (status, {@code Location}, {@code Cache-Control}, body) with the work, in one
 *       transaction ({@link IdempotentRequests}). A repeat of the same request gets it back byte for byte, with
 *       {@code Idempotent-Replayed: true}; a stored 201 Created is repeated as 200 OK, since the repeat created
 *       nothing.</li>
 *   <li>The same key with another body or path: 422, nothing done. A repeat while the first still runs waits for
 *       it; after {@code focal.idempotency.wait} it gets 409 and may try again.</li>
 *   <li>A failed first attempt (an exception, answered by the exception handlers as usual, or a non-2xx answer)
 *       keeps nothing: its writes roll back and the key may be used again.</li>
 * </ul>
 */
@Component
public class IdempotentPost {

    /** The request header that carries the key. */
    public static final String HEADER = "Idempotency-Key";
    /** Set on an answer that repeats a stored one. */
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.CACHE_CONTROL);

    private final IdempotentRequests requests;
    private final JsonMapper json;
    private final JsonMapper canonical = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    IdempotentPost(IdempotentRequests requests, JsonMapper json) {
        this.requests = requests;
        this.json = json;
    }

    /** Runs {@code work} once per caller and key; see the type's description. */
    public ResponseEntity<?> once(HttpServletRequest request, @Nullable String key, Object body,
                                  Supplier<? extends ResponseEntity<?>> work) {
        return once(request, key, body, work, UnaryOperator.identity());
    }

    /**
     * As {@link #once(HttpServletRequest, String, Object, Supplier)}, with {@code onReplay} changing the stored
     * JSON body of a repeat (for an endpoint whose body has always said that it is a repeat).
     */
    public ResponseEntity<?> once(HttpServletRequest request, @Nullable String key, Object body,
                                  Supplier<? extends ResponseEntity<?>> work, UnaryOperator<JsonNode> onReplay) {
        String k = key == null ? "" : key.strip();
        if (k.isEmpty() || k.length() > IdempotentRequest.MAX_KEY_LENGTH) {
            throw new ApiInputException(HEADER, "Send an " + HEADER + " header (like a UUID, at most "
                    + IdempotentRequest.MAX_KEY_LENGTH + " characters) so a retried call is carried out only once.");
        }
        var attempt = IdempotentRequest.of(scope(), k, request.getMethod() + " " + request.getRequestURI(),
                canonical.writeValueAsBytes(body));
        IdempotentOutcome<Attempt> outcome;
        try {
            outcome = requests.once(attempt, () -> Attempt.of(work.get(), this::kept), Attempt::kept);
        } catch (IdempotencyKeyReused e) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency key reused with a different request",
                    e.getMessage(), request, new HttpHeaders());
        } catch (IdempotencyKeyBusy e) {
            var retry = new HttpHeaders();
            retry.set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.waited().toSeconds())));
            return problem(HttpStatus.CONFLICT, "Request still running", e.getMessage(), request, retry);
        }
        return switch (outcome) {
            case IdempotentOutcome.Executed<Attempt>(Attempt executed) -> executed.kept()
                    .<ResponseEntity<?>>map(stored -> ResponseEntity.status(stored.status()).headers(headers(stored))
                            .body(stored.body()))
                    .orElse(executed.response());
            case IdempotentOutcome.Replayed<Attempt>(StoredResponse stored) -> replay(stored, onReplay);
        };
    }

    /** The work's answer, and what of it is kept (the same bytes go to the caller now and to every repeat). */
    private record Attempt(ResponseEntity<?> response, Optional<StoredResponse> kept) {
        static Attempt of(ResponseEntity<?> response, Function<ResponseEntity<?>, Optional<StoredResponse>> keep) {
            return new Attempt(response, keep.apply(response));
        }
    }

    private ResponseEntity<?> replay(StoredResponse stored, UnaryOperator<JsonNode> onReplay) {
        int status = stored.status() == HttpStatus.CREATED.value() ? HttpStatus.OK.value() : stored.status();
        byte[] body = stored.body();
        if (body.length > 0) {
            body = json.writeValueAsBytes(onReplay.apply(json.readTree(body)));
        }
        return ResponseEntity.status(status).header(REPLAYED, "true").headers(headers(stored)).body(body);
    }

    private static HttpHeaders headers(StoredResponse stored) {
        var headers = new HttpHeaders();
        stored.headers().forEach(headers::set);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    /** The answer to keep: a 2xx with its JSON body and the headers a repeat needs; nothing for a failure. */
    private Optional<StoredResponse> kept(ResponseEntity<?> response) {
        if (!response.getStatusCode().is2xxSuccessful()) {
            return Optional.empty();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = response.getHeaders().getFirst(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        byte[] body = response.getBody() == null ? new byte[0] : json.writeValueAsBytes(response.getBody());
        return Optional.of(new StoredResponse(response.getStatusCode().value(), headers, body));
    }

    private static ResponseEntity<?> problem(HttpStatus status, String title, String detail,
                                             HttpServletRequest request, HttpHeaders headers) {
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.problem(status, title, detail, request.getRequestURI()));
    }

    /** Whose keys these are: the staff member or the customer signed in, whatever the way of signing in. */
    static String scope() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            throw new IllegalStateException("An idempotent call needs a signed-in caller");
        }
        return switch (auth.getPrincipal()) {
            case StaffUserDetails staff -> "staff:" + staff.id();
            case CustomerPrincipal customer -> "customer:" + customer.customerId().value();
            case null, default -> "user:" + auth.getName();
        };
    }
}
