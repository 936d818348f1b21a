package dev.focal.audit;

import dev.focal.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    private UUID id;
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;
    @Column(nullable = false, updatable = false)
    private String actor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditAction action;
    @Column(name = "target_type", updatable = false)
    private @Nullable String targetType;
    @Column(name = "target_id", updatable = false)
    private @Nullable String targetId;
    @Column(updatable = false)
    private @Nullable String details;
    @Column(name = "remote_address", updatable = false)
    private @Nullable String remoteAddress;
    @Column(name = "correlation_id", updatable = false)
    private @Nullable String correlationId;

    protected AuditEntry() {
    }

    AuditEntry(AuditRecord record, Instant occurredAt, @Nullable String remoteAddress, @Nullable String correlationId) {
        this.id = Ids.newId();
        this.occurredAt = occurredAt;
        this.actor = truncate(record.actor(), 200);
        this.action = record.action();
        this.targetType = record.targetType();
        this.targetId = record.targetId() == null ? null : truncate(record.targetId(), 100);
        this.details = record.details();
        this.remoteAddress = remoteAddress;
        this.correlationId = correlationId;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    AuditEntryView toView() {
        return new AuditEntryView(id, occurredAt, actor, action, targetType, targetId, details, remoteAddress,
                correlationId);
    }
}
