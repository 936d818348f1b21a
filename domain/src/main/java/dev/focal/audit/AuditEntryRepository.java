package dev.focal.audit;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Insert and read only: the repository deliberately has no delete or update methods. */
interface AuditEntryRepository extends Repository<AuditEntry, UUID>, JpaSpecificationExecutor<AuditEntry> {

    AuditEntry save(AuditEntry entry);
}
