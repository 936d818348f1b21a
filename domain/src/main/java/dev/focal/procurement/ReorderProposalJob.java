package dev.focal.procurement;

import java.util.List;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The recurring JobRunr job that refreshes the reorder proposals (schedule: {@code focal.procurement.reorder-cron},
 * daily by default). A job entry point, not an API: it runs as the {@code system} user with the buyer's role so
 * the stock and policy reads it makes are allowed, and is public only because JobRunr invokes it by reflection.
 */
@Component
public class ReorderProposalJob {

    private final ReorderProposals proposals;

    ReorderProposalJob(ReorderProposals proposals) {
        this.proposals = proposals;
    }

    @Recurring(id = "procurement-reorder-proposals", cron = "${focal.procurement.reorder-cron:30 5 * * *}")
    @Job(name = "Refresh reorder proposals")
    public void refresh() {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("system", null,
                AuthorityUtils.createAuthorityList(List.of("ROLE_BUYER"))));
        try {
            proposals.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
