/**
 * Requests carried out once per key: a caller's {@code Idempotency-Key} with a hash of its request, stored with
 * the answer of the first attempt so a repeat gets that answer again and a different request under the same key
 * is refused. Knows nothing of HTTP; the API core ({@code dev.focal.api.core.IdempotentPost}) maps requests and
 * responses onto it. Entry point: {@link dev.focal.idempotency.IdempotentRequests}.
 */
@ApplicationModule
@NullMarked
package dev.focal.idempotency;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
