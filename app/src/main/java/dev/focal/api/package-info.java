/**
 * The REST API at {@code /api/v1}: catalog, search and prices for anyone; promotions for staff, by personal
 * API token ({@code Authorization: Bearer focal_...}) or by a backoffice session. Every error is an RFC 9457
 * problem document (see docs/api.md).
 */
@NullMarked
package dev.focal.api;

import org.jspecify.annotations.NullMarked;
