/**
 * Catalog endpoints: products and search, public.
 */
@NullMarked
package dev.focal.api.catalog;

import org.jspecify.annotations.NullMarked;
