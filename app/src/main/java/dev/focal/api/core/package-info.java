/**
 * The API's core: the staff and customer security chains (applying every slice's {@link
 * dev.focal.api.core.ApiAccessRules}), problem responses and the one exception handler.
 */
@NullMarked
package dev.focal.api.core;

import org.jspecify.annotations.NullMarked;
