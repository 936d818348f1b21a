package dev.focal.catalog.opensearch;

import dev.focal.catalog.ProductUpdated;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * catalog.product.updated -> a job that rewrites the product's document in OpenSearch. The listener only
 * enqueues (OpenSearch is called outside the event's transaction, with JobRunr's retries); a redelivered event
 * enqueues a second, harmless job.
 */
class SearchIndexSync {

    private final JobScheduler jobs;

    SearchIndexSync(JobScheduler jobs) {
        this.jobs = jobs;
    }

    @ApplicationModuleListener
    void on(ProductUpdated event) {
        var id = event.productId().value();
        jobs.<SearchIndexJobs>enqueue(job -> job.sync(id));
    }
}
