package dev.focal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.focal.IntegrationTest;
import dev.focal.audit.AuditAction;
import dev.focal.audit.AuditFilter;
import dev.focal.audit.AuditLog;
import java.time.Duration;
import java.util.UUID;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobBuilder;
import org.jobrunr.scheduling.JobScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class JobMonitorIntegrationTest {

    @Autowired
    JobScheduler scheduler;
    @Autowired
    JobMonitor monitor;
    @Autowired
    AuditLog audit;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_failed_job_shows_its_error_and_an_admin_can_retry_it() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("ops-admin", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        String marker = UUID.randomUUID().toString();
        UUID jobId = scheduler.create(JobBuilder.aJob().withName("Fails on purpose " + marker).withAmountOfRetries(0)
                .<FailingJob>withDetails(job -> job.run(marker))).asUUID();

        var failed = await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> failedJob(jobId), job -> job != null);
        assertThat(failed.error()).contains("IllegalStateException").contains("Deliberate failure " + marker);
        assertThat(failed.stackTrace()).contains("FailingJob.run");
        assertThat(monitor.counts().failed()).isGreaterThanOrEqualTo(1);

        monitor.retry(jobId);

        assertThat(audit.find(new AuditFilter("ops-admin", AuditAction.JOB_RETRIED, jobId.toString(), null, null),
                PageRequest.of(0, 5)).getTotalElements()).isEqualTo(1);
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            var again = failedJob(jobId);
            return again != null && again.failures() == 2;
        });
    }

    private JobMonitor.JobSummary failedJob(UUID id) {
        return monitor.jobs(StateName.FAILED, 0, 200).stream().filter(j -> j.id().equals(id)).findFirst().orElse(null);
    }
}
