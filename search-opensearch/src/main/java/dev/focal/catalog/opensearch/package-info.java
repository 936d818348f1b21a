/**
 * The catalog's search port implemented with OpenSearch (used when {@code focal.opensearch.url} is set): the
 * index definition, the queries that mirror the PostgreSQL search, and the jobs that keep the index in step
 * with the catalog. Part of the catalog module; see docs/adr/0007-search-backends.md.
 */
@NullMarked
package dev.focal.catalog.opensearch;

import org.jspecify.annotations.NullMarked;
