package dev.focal.notifications;

import dev.focal.shared.Roles;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The message log: every e-mail Focal sent or would have sent. Admins only (it holds customer data). */
@Service
@Transactional(readOnly = true)
public class MessageLog {

    private final NotificationMessageRepository messages;

    MessageLog(NotificationMessageRepository messages) {
        this.messages = messages;
    }

    @PreAuthorize(Roles.ADMINS_ONLY)
    public Page<MessageView> find(MessageFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "createdAt"));
        return messages.findAll(matching(filter), sorted).map(NotificationMessage::toView);
    }

    @PreAuthorize(Roles.ADMINS_ONLY)
    public Optional<MessageView> get(UUID id) {
        return messages.findById(id).map(NotificationMessage::toView);
    }

    private static Specification<NotificationMessage> matching(MessageFilter filter) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
                predicates.add(cb.or(cb.like(cb.lower(root.get("recipient")), like),
                        cb.like(cb.lower(root.get("subject")), like)));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
