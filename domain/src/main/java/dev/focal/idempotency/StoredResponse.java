package dev.focal.idempotency;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer of a request's first successful attempt as it is kept for repeats: a 2xx status, the headers a
 * repeat needs (like {@code Location}), and the body's bytes.
 */
public record StoredResponse(int status, Map<String, String> headers, byte[] body) {

    public StoredResponse {
        if (status < 200 || status > 299) {
            throw new IllegalArgumentException("Only a successful answer (2xx) is kept, not " + status + ".");
        }
        headers = Map.copyOf(new LinkedHashMap<>(headers));
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredResponse that && status == that.status && headers.equals(that.headers)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * status + headers.hashCode()) + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "StoredResponse[status=" + status + ", headers=" + headers + ", body=" + body.length + " bytes]";
    }
}
