package dev.focal.platform;

import dev.focal.shared.Roles;
import dev.focal.audit.AuditAction;
import dev.focal.audit.AuditLog;
import dev.focal.audit.AuditRecord;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.FailedState;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.navigation.OffsetBasedPageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** What the background jobs are doing, for admins: counts per state, failed jobs with their error, retry. */
@Service
public class JobMonitor {

    private final StorageProvider storage;
    private final AuditLog audit;

    JobMonitor(StorageProvider storage, AuditLog audit) {
        this.storage = storage;
        this.audit = audit;
    }

    /** Job counts per state; {@code servers} is the number of live background job servers. */
    public record JobCounts(long scheduled, long enqueued, long processing, long failed, long succeeded,
                            long allTimeSucceeded, int recurring, int servers) {
    }

    /** A job in a given state, with the error of its last failure where it failed. */
    public record JobSummary(UUID id, String name, StateName state, Instant updatedAt, int failures,
                             @Nullable String error, @Nullable String stackTrace) {
    }

    @PreAuthorize(Roles.ADMINS_ONLY)
    public JobCounts counts() {
        var stats = storage.getJobStats();
        return new JobCounts(n(stats.getScheduled()), n(stats.getEnqueued()), n(stats.getProcessing()),
                n(stats.getFailed()), n(stats.getSucceeded()), n(stats.getAllTimeSucceeded()),
                stats.getRecurringJobs(), stats.getBackgroundJobServers());
    }

    /** Jobs in a state, newest first. */
    @PreAuthorize(Roles.ADMINS_ONLY)
    public List<JobSummary> jobs(StateName state, long offset, int limit) {
        return storage.getJobs(state, new OffsetBasedPageRequest("updatedAt:DESC", offset, limit)).getItems()
                .stream().map(JobMonitor::summary).toList();
    }

    @PreAuthorize(Roles.ADMINS_ONLY)
    public long count(StateName state) {
        return storage.countJobs(state);
    }

    /** Puts a failed job back in the queue; it runs again on the next poll. */
    @PreAuthorize(Roles.ADMINS_ONLY)
    public void retry(UUID jobId) {
        Job job;
        try {
            job = storage.getJobById(jobId);
        } catch (JobNotFoundException e) {
            throw new IllegalArgumentException("The job no longer exists.");
        }
        if (job.getState() != StateName.FAILED) {
            throw new IllegalStateException("Only failed jobs can be retried; this one is " + job.getState() + ".");
        }
        job.enqueue();
        storage.save(job);
        audit.record(new AuditRecord(SecurityContextHolder.getContext().getAuthentication().getName(),
                AuditAction.JOB_RETRIED, "job", jobId.toString(), job.getJobName()));
    }

    private static JobSummary summary(Job job) {
        var failure = job.getLastJobStateOfType(FailedState.class);
        int failures = (int) job.getJobStatesOfType(FailedState.class).count();
        return new JobSummary(job.getId(), job.getJobName(), job.getState(), job.getUpdatedAt(), failures,
                failure.map(f -> f.getExceptionType() + ": " + f.getExceptionMessage()).orElse(null),
                failure.map(FailedState::getStackTrace).orElse(null));
    }

    private static long n(@Nullable Long value) {
        return value == null ? 0 : value;
    }
}
