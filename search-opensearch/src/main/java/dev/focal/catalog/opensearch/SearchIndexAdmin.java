package dev.focal.catalog.opensearch;

import java.util.UUID;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * What an admin can do with the OpenSearch index: start a full rebuild. The bean exists only when OpenSearch is
 * configured, so callers (a backoffice view) take it as {@code ObjectProvider<SearchIndexAdmin>}.
 */
@NamedInterface("search-admin")
public class SearchIndexAdmin {

    private final JobScheduler jobs;

    SearchIndexAdmin(JobScheduler jobs) {
        this.jobs = jobs;
    }

    /**
     * Enqueues a full rebuild: a new index is filled from the catalog and replaces the current one in one alias
     * swap, so searches go on answering from the old index until the new one is complete. Returns the job's ID.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public UUID reindex() {
        return jobs.<SearchIndexJobs>enqueue(job -> job.reindexAll()).asUUID();
    }
}
