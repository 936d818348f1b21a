package dev.focal.notifications;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface NotificationMessageRepository extends JpaRepository<NotificationMessage, UUID>,
        JpaSpecificationExecutor<NotificationMessage> {

    boolean existsByDedupKey(String dedupKey);
}
