/**
 * The REST API at {@code /api/v1}, one slice per context over a {@code core} (security chains, problem
 * responses, exception handler). Catalog, search and prices for anyone; the rest for staff, by personal API
 * token ({@code Authorization: Bearer focal_...}) or by a backoffice session; {@code /api/v1/me} for the signed-in
 * customer. Each slice declares who may call its endpoints ({@code ApiAccessRules}). Every error is an RFC 9457
 * problem document (see docs/api.md).
 */
@NullMarked
package dev.focal.api;

import org.jspecify.annotations.NullMarked;
