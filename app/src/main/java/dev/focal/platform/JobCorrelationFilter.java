package dev.focal.platform;

import dev.focal.shared.Remote;
import java.util.List;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.filters.JobServerFilter;
import org.jobrunr.server.BackgroundJobServer;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Puts the job's ID into the logging context while it runs, so its log lines can be followed. The JobRunr
 * starter does not pick up filter beans by itself, so this registers itself with the background server.
 */
@Component
class JobCorrelationFilter implements JobServerFilter, SmartInitializingSingleton {

    private final ObjectProvider<BackgroundJobServer> server;

    JobCorrelationFilter(ObjectProvider<BackgroundJobServer> server) {
        this.server = server;
    }

    @Override
    public void afterSingletonsInstantiated() {
        server.ifAvailable(s -> s.setJobFilters(List.of(this)));
    }

    @Override
    public void onProcessing(Job job) {
        MDC.put(Remote.CORRELATION_ID, "job-" + job.getId());
    }

    @Override
    public void onProcessingSucceeded(Job job) {
        MDC.remove(Remote.CORRELATION_ID);
    }

    @Override
    public void onProcessingFailed(Job job, Exception e) {
        MDC.remove(Remote.CORRELATION_ID);
    }
}
