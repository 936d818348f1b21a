/**
 * The API's core: the staff and customer security chains (applying every slice's {@link
 * dev.focal.api.core.ApiAccessRules}), problem responses, the one exception handler, and {@link
 * dev.focal.api.core.IdempotentPost} for every POST that takes an {@code Idempotency-Key}.
 */
@NullMarked
package dev.focal.api.core;

import org.jspecify.annotations.NullMarked;
