package dev.focal.customers;

import dev.focal.audit.AuditAction;
import dev.focal.audit.AuditLog;
import dev.focal.audit.AuditRecord;
import dev.focal.customers.PrescriptionExceptions.InvalidPrescription;
import dev.focal.customers.PrescriptionExceptions.PrescriptionChanged;
import dev.focal.customers.PrescriptionExceptions.PrescriptionNotFound;
import dev.focal.customers.PrescriptionKeeper.Resolved;
import dev.focal.customers.PrescriptionStore.Head;
import dev.focal.customers.PrescriptionStore.VersionRow;
import dev.focal.customers.RxCodec.Payload;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opticians' desk in the backoffice: find a customer, their wearers and prescriptions, enter or amend one from
 * paper, upload a scan at the counter, and the verification queue with verify and reject. Every staff read of a
 * prescription or its history writes an audit entry, and so does every write. Amendments, verifications and
 * rejections name the lock version they were based on; a stale one throws {@link PrescriptionChanged} and writes
 * nothing. Documents and their signed links are {@link PrescriptionDocuments}.
 */
@Service
@Transactional(readOnly = true)
public class PrescriptionDesk {

    private static final Set<String> VERIFIER_AUTHORITIES = Set.of("ROLE_OPTICIAN", "ROLE_ADMIN");
    private static final int MAX_REASON = 500;

    private final PrescriptionKeeper keeper;
    private final PrescriptionStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PrescriptionDesk(PrescriptionKeeper keeper, PrescriptionStore store, AuditLog audit,
                     ApplicationEventPublisher events, Clock clock) {
        this.keeper = keeper;
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Customers by name or e-mail (partial, case-insensitive), by name. */
    @PreAuthorize(CustomersAccess.RX_DESK)
    public Page<CustomerSummary> findCustomers(String query, Pageable page) {
        List<CustomerSummary> rows = store.findCustomers(query, page.getPageSize(), page.getOffset());
        return new PageImpl<>(rows, page, store.countCustomers(query));
    }

    /** The customer's wearers, account holder first (created on first use). */
    @Transactional
    @PreAuthorize(CustomersAccess.RX_DESK)
    public List<Wearer> wearersOf(CustomerId customer) {
        keeper.requireCustomer(customer);
        return keeper.wearers(customer);
    }

    /** Adds a family member to the customer's account. */
    @Transactional
    @PreAuthorize(CustomersAccess.RX_DESK)
    public WearerId addWearer(CustomerId customer, String name, @Nullable LocalDate birthDate) {
        keeper.requireCustomer(customer);
        return keeper.addWearer(customer, name, birthDate, PrescriptionKeeper.actor());
    }

    /** Current versions of a customer's prescriptions, newest first. One audit entry naming the customer. */
    @Transactional
    @PreAuthorize(CustomersAccess.RX_DESK)
    public List<PrescriptionView> prescriptionsOf(CustomerId customer) {
        keeper.requireCustomer(customer);
        List<PrescriptionView> views = keeper.views(store.currentVersions(customer));
        audit.record(AuditRecord.of(PrescriptionKeeper.actor(), AuditAction.RX_VIEWED, "customer", customer,
                "Prescriptions of the customer (" + views.size() + ")"));
        return views;
    }

    /** The current version. Audited. */
    @Transactional
    @PreAuthorize(CustomersAccess.RX_DESK)
    public PrescriptionView prescription(PrescriptionId id) {
        PrescriptionView view = keeper.current(id);
        keeper.audit(AuditAction.RX_VIEWED, id, "Version " + view.version());
        return view;
    }

    /** Every version, newest first. Audited. */
    @Transactional
    @PreAuthorize(CustomersAccess.RX_DESK)
    public List<PrescriptionView> history(PrescriptionId id) {
        List<PrescriptionView> versions = keeper.views(store.history(id));
        if (versions.isEmpty()) {
            throw new PrescriptionNotFound();
        }
        keeper.audit(AuditAction.RX_VIEWED, id, "History (" + versions.size() + " versions)");
        return versions;
    }

    /**
     * Enters a prescription from paper. STAFF_ENTERED stays UNVERIFIED; VERIFIED_WITH_PRESCRIBER (opticians and
     * admins only) makes it VERIFIED by the staff member and publishes {@link PrescriptionVerified}.
     */
    @Transactional
    @PreAuthorize(CustomersAccess.RX_DESK)
    public PrescriptionId enter(CustomerId customer, PrescriptionDraft draft, RxSource source) {
        keeper.requireCustomer(customer);
        RxStatus status = staffStatus(source);
        String actor = PrescriptionKeeper.actor();
        store.ensureAccountHolder(customer, actor, clock.instant());
        Resolved values = keeper.resolve(customer, draft, true);
        PrescriptionId id = keeper.create(customer, values, source, status, actor);
        if (status == RxStatus.VERIFIED) {
            events.publishEvent(new PrescriptionVerified(id, customer));
        }
        return id;
    }

    /**
     * A new version with staff-entered values; the same source rules as {@link #enter}. An entry that does not
     * verify it leaves a prescription whose document awaits verification in the queue (as a customer's amendment
     * does): only an optician's verification or rejection takes it out.
     */
    @Transactional
    @PreAuthorize(CustomersAccess.RX_DESK)
    public void amend(PrescriptionId id, long expectedLockVersion, PrescriptionDraft draft, RxSource source) {
        Head head = store.head(id).orElseThrow(PrescriptionNotFound::new);
        PrescriptionKeeper.checkLock(head, expectedLockVersion);
        RxStatus status = staffStatus(source);
        if (status == RxStatus.UNVERIFIED && head.status() == RxStatus.AWAITING_VERIFICATION) {
            status = RxStatus.AWAITING_VERIFICATION;
        }
        Resolved values = keeper.resolve(head.customer(), draft, true);
        PrescriptionKeeper.checkKind(head, values);
        Instant now = clock.instant();
        boolean verified = status == RxStatus.VERIFIED;
        String actor = PrescriptionKeeper.actor();
        keeper.amend(head, expectedLockVersion, values, source, status, verified ? actor : null,
                verified ? now : null, actor);
        keeper.audit(AuditAction.RX_AMENDED, id, "Amended by staff (" + source.label() + ")");
        if (verified) {
            events.publishEvent(new PrescriptionVerified(id, head.customer()));
        }
    }

    /** A document uploaded at the counter (a scan of the paper prescription); the same rules as the customer's. */
    @Transactional
    @PreAuthorize(CustomersAccess.RX_DESK)
    public PrescriptionId uploadDocument(CustomerId customer, @Nullable PrescriptionId attachTo, WearerId wearer,
                                         RxKind kind, String fileName, byte[] content) {
        keeper.requireCustomer(customer);
        return keeper.upload(customer, attachTo, wearer, kind, fileName, content, PrescriptionKeeper.actor());
    }

    /** Prescriptions awaiting verification, the longest waiting first. */
    @PreAuthorize(CustomersAccess.RX_DESK)
    public List<VerificationTask> verificationQueue() {
        return store.awaitingVerification();
    }

    /** The first {@code limit} prescriptions awaiting verification, the longest waiting first (a start page's queue). */
    @PreAuthorize(CustomersAccess.RX_DESK)
    public List<VerificationTask> verificationQueue(int limit) {
        return store.awaitingVerification(limit);
    }

    /** How many prescriptions await verification. */
    @PreAuthorize(CustomersAccess.RX_DESK)
    public long countAwaitingVerification() {
        return store.countAwaitingVerification();
    }

    /**
     * Writes the transcribed values as a new, VERIFIED version with the current staff member as verifier and
     * publishes {@link PrescriptionVerified}. Confirmed with the prescriber makes the source
     * VERIFIED_WITH_PRESCRIBER; otherwise the source stays what it was (an upload, the customer's entry).
     *
     * @throws PrescriptionChanged when {@code expectedLockVersion} is not the latest
     * @throws InvalidPrescription when it is verified already or the values are missing or wrong
     */
    @Transactional
    @PreAuthorize(CustomersAccess.RX_VERIFIERS)
    public void verify(PrescriptionId id, long expectedLockVersion, PrescriptionDraft transcribed,
                       boolean confirmedWithPrescriber) {
        Head head = store.head(id).orElseThrow(PrescriptionNotFound::new);
        PrescriptionKeeper.checkLock(head, expectedLockVersion);
        if (head.status() == RxStatus.VERIFIED) {
            throw new InvalidPrescription("status", "This prescription is verified already. Amend it to change it.");
        }
        Resolved values = keeper.resolve(head.customer(), transcribed, true);
        PrescriptionKeeper.checkKind(head, values);
        RxSource source = confirmedWithPrescriber ? RxSource.VERIFIED_WITH_PRESCRIBER
                : store.currentVersion(id).map(VersionRow::source).orElseThrow();
        String actor = PrescriptionKeeper.actor();
        keeper.amend(head, expectedLockVersion, values, source, RxStatus.VERIFIED, actor, clock.instant(), actor);
        keeper.audit(AuditAction.RX_VERIFIED, id,
                confirmedWithPrescriber ? "Verified with the prescriber" : "Verified");
        events.publishEvent(new PrescriptionVerified(id, head.customer()));
    }

    /**
     * A new version with the same values, REJECTED with the reason (which the customer sees).
     *
     * @throws InvalidPrescription for a blank reason ({@code reason})
     */
    @Transactional
    @PreAuthorize(CustomersAccess.RX_VERIFIERS)
    public void reject(PrescriptionId id, long expectedLockVersion, String reason) {
        Head head = store.head(id).orElseThrow(PrescriptionNotFound::new);
        PrescriptionKeeper.checkLock(head, expectedLockVersion);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidPrescription("reason", "Say why the prescription is rejected; the customer sees it.");
        }
        if (why.length() > MAX_REASON) {
            throw new InvalidPrescription("reason", "Use at most " + MAX_REASON + " characters.");
        }
        if (head.status() == RxStatus.REJECTED) {
            throw new InvalidPrescription("status", "This prescription is rejected already.");
        }
        VersionRow current = store.currentVersion(id).orElseThrow(PrescriptionNotFound::new);
        Payload payload = keeper.open(current);
        int version = keeper.advance(id, expectedLockVersion, RxStatus.REJECTED);
        keeper.insert(id, version, current.wearer(), current.issuedOn(), current.expiresOn(),
                current.policyJurisdiction(), current.source(), RxStatus.REJECTED,
                null, null, why, payload, PrescriptionKeeper.actor());
        keeper.audit(AuditAction.RX_REJECTED, id, "Rejected: " + why);
    }

    private static RxStatus staffStatus(RxSource source) {
        return switch (source) {
            case STAFF_ENTERED -> RxStatus.UNVERIFIED;
            case VERIFIED_WITH_PRESCRIBER -> {
                if (!currentUserVerifies()) {
                    throw new InvalidPrescription("source", "Only an optician can record a prescription as "
                            + "verified with the prescriber. Save it as entered by staff; an optician verifies it.");
                }
                yield RxStatus.VERIFIED;
            }
            default -> throw new InvalidPrescription("source", "Staff enter prescriptions from paper or as verified "
                    + "with the prescriber.");
        };
    }

    private static boolean currentUserVerifies() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(VERIFIER_AUTHORITIES::contains);
    }
}
