package dev.focal.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A one-time reset link; only the SHA-256 of the token is stored. */
@Entity
@Table(name = "customer_password_reset")
class PasswordResetToken {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "customer_id", nullable = false)
    private UUID customerId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected PasswordResetToken() {
    }

    PasswordResetToken(String tokenHash, CustomerId customerId, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.customerId = customerId.value();
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }

    UUID customerId() {
        return customerId;
    }
}
