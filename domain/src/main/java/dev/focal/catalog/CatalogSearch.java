package dev.focal.catalog;

/**
 * The search port: PostgreSQL full-text search by default, OpenSearch when {@code FOCAL_OPENSEARCH_URL} is
 * set. Backends index {@link SearchDocument}s and must return the same top results for the same query (a
 * parity test suite runs against both).
 */
public interface CatalogSearch {

    SearchResult search(SearchQuery query);

    /** Which backend answers, for the backoffice and logs: "postgresql" or "opensearch". */
    String backend();
}
