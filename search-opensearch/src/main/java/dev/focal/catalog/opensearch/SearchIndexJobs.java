package dev.focal.catalog.opensearch;

import dev.focal.catalog.Catalog;
import dev.focal.catalog.ProductId;
import java.io.IOException;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;

/**
 * The JobRunr jobs that keep the OpenSearch index in step with the catalog. Job entry points, not an API: they
 * run without a signed-in user and carry no access rule; public only because JobRunr calls them by reflection.
 * Both are idempotent: they write what the catalog holds at the time they run.
 */
public class SearchIndexJobs {

    private final ProductIndex index;
    private final Catalog catalog;

    SearchIndexJobs(ProductIndex index, Catalog catalog) {
        this.index = index;
        this.catalog = catalog;
    }

    /** Writes the product's search document as it is now (inactive products stay, flagged inactive). */
    @Job(name = "Update the search index for product %0", retries = 5)
    public void sync(UUID productId) throws IOException {
        var id = new ProductId(productId);
        index.sync(id, catalog.searchDocument(id));
    }

    /** Builds a new index from the whole catalog and swaps the alias to it (see {@link ProductIndex}). */
    @Job(name = "Rebuild the search index", retries = 2)
    public void reindexAll() throws IOException {
        index.rebuild(catalog.allProductIds(), catalog::searchDocument);
    }
}
