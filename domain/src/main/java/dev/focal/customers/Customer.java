package dev.focal.customers;

import dev.focal.shared.Email;
import dev.focal.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;

@Entity
@Table(name = "customer")
class Customer extends AbstractAggregateRoot<Customer> {

    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String email;
    @Column(name = "full_name", nullable = false)
    private String fullName;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    @Column(nullable = false)
    private boolean enabled;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    /** Raised when sessions signed in earlier must end (ADR 0016); each session remembers its number. */
    @Column(name = "session_version", nullable = false)
    private long sessionVersion;
    @Version
    private long version;

    protected Customer() {
    }

    private Customer(Email email, String fullName, String passwordHash, Instant now) {
        this.id = Ids.newId();
        this.email = email.value();
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = now;
    }

    static Customer register(Email email, String fullName, String passwordHash, Instant now) {
        Customer customer = new Customer(email, requireName(fullName), passwordHash, now);
        customer.registerEvent(new CustomerRegistered(customer.id()));
        return customer;
    }

    /** An account created by the system (demo data, imports): no sign-up event, no welcome e-mail. */
    static Customer seeded(Email email, String fullName, String passwordHash, Instant now) {
        return new Customer(email, requireName(fullName), passwordHash, now);
    }

    static String requireName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("Enter your name.");
        }
        if (fullName.strip().length() > 200) {
            throw new IllegalArgumentException("Use at most 200 characters.");
        }
        return fullName.strip();
    }

    /** Someone tried to open a second account with this address; nothing about the account changes. */
    void registrationAttempted(Instant at) {
        registerEvent(new RegistrationAttempted(id(), at));
    }

    /** The link itself is minted when the e-mail goes out ({@link PasswordResetLinks}), not here. */
    void requestPasswordReset(Instant at) {
        registerEvent(new CustomerPasswordResetRequested(id(), at));
    }

    /** A new password ends every session signed in with the old one. */
    void changePassword(String newHash) {
        this.passwordHash = newHash;
        sessionVersion++;
    }

    CustomerContacts.CustomerContact contact() {
        return new CustomerContacts.CustomerContact(email, fullName);
    }

    CustomerId id() {
        return new CustomerId(id);
    }

    String email() {
        return email;
    }

    CustomerPrincipal toPrincipal() {
        return new CustomerPrincipal(id(), email, fullName, passwordHash, enabled, sessionVersion);
    }

    CustomerProfile toProfile() {
        return new CustomerProfile(id(), email, fullName, createdAt);
    }
}
