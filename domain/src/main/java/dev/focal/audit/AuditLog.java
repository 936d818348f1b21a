package dev.focal.audit;

import dev.focal.shared.Roles;
import dev.focal.shared.Remote;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and searches the audit trail. Recording joins the caller's transaction, so an action and its
 * audit entry commit or roll back together.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Any code path may record what it did; the entry cannot be changed afterwards. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void record(AuditRecord record) {
        entries.save(new AuditEntry(record, clock.instant(), Remote.address().orElse(null),
                Remote.correlationId().orElse(null)));
    }

    @PreAuthorize(Roles.ADMINS_ONLY)
    public Page<AuditEntryView> find(AuditFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "occurredAt"));
        return entries.findAll(matching(filter), sorted).map(AuditEntry::toView);
    }

    /** The signed-in person's own latest entries (their sign-ins, their changes). */
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntryView> mine(int limit) {
        String me = SecurityContextHolder.getContext().getAuthentication().getName();
        return entries.findAll(matching(new AuditFilter(me, null, null, null, null)),
                        PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "occurredAt")))
                .map(AuditEntry::toView).getContent();
    }

    private static Specification<AuditEntry> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            var predicates = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
            if (filter.actor() != null && !filter.actor().isBlank()) {
                predicates.add(cb.equal(cb.lower(root.get("actor")), filter.actor().strip().toLowerCase(Locale.ROOT)));
            }
            if (filter.action() != null) {
                predicates.add(cb.equal(root.get("action"), filter.action()));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + filter.text().strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("details")), like, '\\'),
                        cb.like(cb.lower(root.get("targetId")), like, '\\'),
                        cb.like(cb.lower(root.get("actor")), like, '\\'),
                        cb.like(cb.lower(root.get("remoteAddress")), like, '\\')));
            }
            Instant from = filter.from();
            if (from != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
            }
            Instant to = filter.to();
            if (to != null) {
                predicates.add(cb.lessThan(root.get("occurredAt"), to));
            }
            return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
