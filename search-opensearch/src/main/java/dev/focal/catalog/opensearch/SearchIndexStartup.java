package dev.focal.catalog.opensearch;

import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * On a start against an OpenSearch without the alias (a new cluster), creates the index behind the alias and
 * enqueues a full rebuild to fill it. An unreachable OpenSearch is logged, not fatal: the app still starts, and
 * the next start (or an admin's rebuild) creates the index.
 */
class SearchIndexStartup {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);

    private final ProductIndex index;
    private final JobScheduler jobs;

    SearchIndexStartup(ProductIndex index, JobScheduler jobs) {
        this.index = index;
        this.jobs = jobs;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIndexIfMissing() {
        try {
            if (index.createIfMissing()) {
                jobs.<SearchIndexJobs>enqueue(job -> job.reindexAll());
            }
        } catch (Exception e) {
            log.error("OpenSearch at startup: cannot check or create the search index; searches will fail until it is reachable", e);
        }
    }
}
