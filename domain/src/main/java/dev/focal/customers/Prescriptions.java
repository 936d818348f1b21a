package dev.focal.customers;

import dev.focal.audit.AuditAction;
import dev.focal.audit.AuditLog;
import dev.focal.audit.AuditRecord;
import dev.focal.customers.PrescriptionConfiguration.RxJurisdiction;
import dev.focal.customers.PrescriptionExceptions.InvalidDocumentLink;
import dev.focal.customers.PrescriptionExceptions.InvalidPrescription;
import dev.focal.customers.PrescriptionExceptions.PrescriptionChanged;
import dev.focal.customers.PrescriptionExceptions.PrescriptionNotFound;
import dev.focal.customers.PrescriptionStore.DocumentRow;
import dev.focal.customers.PrescriptionStore.Head;
import dev.focal.customers.PrescriptionStore.NewVersion;
import dev.focal.customers.PrescriptionStore.VersionRow;
import dev.focal.customers.RxCodec.Payload;
import dev.focal.optics.ContactLensRx;
import dev.focal.optics.OpticalRx;
import dev.focal.optics.SpectacleRx;
import dev.focal.shared.Actors;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
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
 * Prescriptions of customers and their family members (wearers): versions, documents, verification.
 *
 * <p>Every change is a new version (insert-only; history newest first). Amendments, verifications and
 * rejections name the lock version they were based on; a stale one throws {@link PrescriptionChanged} and writes
 * nothing. Customer methods work on the signed-in customer's own account only (someone else's prescription,
 * wearer or document is "not found"); staff methods write an audit entry for every read of a prescription,
 * history or document, and every write by anyone is audited too. The values (Rx, prescriber, notes) and the
 * documents are encrypted at rest with AES-256-GCM; see docs/prescriptions.md and ADR 0012.
 */
@Service
@Transactional(readOnly = true)
public class Prescriptions {

    /** Largest document accepted. */
    public static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;
    /** How long a signed document link works. */
    public static final Duration LINK_VALIDITY = Duration.ofMinutes(5);

    static final String CUSTOMER = "hasRole('CUSTOMER')";
    static final String STAFF = "hasAnyRole('OPTICIAN','ASSOCIATE','ADMIN')";
    static final String VERIFIERS = "hasAnyRole('OPTICIAN','ADMIN')";
    private static final Set<String> VERIFIER_AUTHORITIES = Set.of("ROLE_OPTICIAN", "ROLE_ADMIN");
    private static final int MAX_PRESCRIBER = 200;
    /** The longest notes a prescription takes; forms limit their fields to it. */
    public static final int MAX_NOTES = 2000;
    private static final int MAX_REASON = 500;

    private final PrescriptionStore store;
    private final RxKeyring keys;
    private final RxDocumentFiles files;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RxJurisdiction jurisdiction;

    Prescriptions(PrescriptionStore store, RxKeyring keys, RxDocumentFiles files, AuditLog audit,
                  ApplicationEventPublisher events, Clock clock, RxJurisdiction jurisdiction) {
        this.store = store;
        this.keys = keys;
        this.files = files;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.jurisdiction = jurisdiction;
    }

    // customer side ------------------------------------------------------------------------------------

    /** The signed-in customer's wearers, account holder first (created on first use). */
    @Transactional
    @PreAuthorize(CUSTOMER)
    public List<Wearer> myWearers() {
        return wearers(me());
    }

    /** Adds a family member to the signed-in customer's account. */
    @Transactional
    @PreAuthorize(CUSTOMER)
    public WearerId addWearer(String name, @Nullable LocalDate birthDate) {
        return addWearer(me(), name, birthDate, actor());
    }

    /** The current version of each of the signed-in customer's prescriptions, newest first. */
    @PreAuthorize(CUSTOMER)
    public List<PrescriptionView> myPrescriptions() {
        return views(store.currentVersions(me()));
    }

    /** @throws PrescriptionNotFound unless it is one of the signed-in customer's prescriptions */
    @PreAuthorize(CUSTOMER)
    public PrescriptionView myPrescription(PrescriptionId id) {
        mine(id);
        return current(id);
    }

    /** Every version, newest first. */
    @PreAuthorize(CUSTOMER)
    public List<PrescriptionView> myHistory(PrescriptionId id) {
        mine(id);
        return views(store.history(id));
    }

    /**
     * Adds a prescription the customer typed in: source CUSTOMER_ENTERED, status UNVERIFIED.
     *
     * @throws InvalidPrescription naming the field, when a value is missing or wrong
     */
    @Transactional
    @PreAuthorize(CUSTOMER)
    public PrescriptionId add(PrescriptionDraft draft) {
        CustomerId customer = me();
        store.ensureAccountHolder(customer, actor(), clock.instant());
        Resolved values = resolve(customer, draft, true);
        return create(customer, values, RxSource.CUSTOMER_ENTERED, RxStatus.UNVERIFIED, actor());
    }

    /**
     * Adds a prescription once per {@code requestKey} (an API client's Idempotency-Key): a repeat with the same key
     * returns the prescription the first request created and changes nothing.
     */
    @Transactional
    @PreAuthorize(CUSTOMER)
    public PrescriptionAdded add(PrescriptionDraft draft, String requestKey) {
        String key = requestKey.strip();
        if (key.isEmpty() || key.length() > 100) {
            throw new InvalidPrescription("requestKey", "Send an Idempotency-Key of 1 to 100 characters.");
        }
        CustomerId customer = me();
        Optional<PrescriptionId> earlier = store.claimRequestKey(customer, key);
        if (earlier.isPresent()) {
            return new PrescriptionAdded(earlier.get(), true);
        }
        PrescriptionId id = add(draft);
        store.recordRequestKey(id, key);
        return new PrescriptionAdded(id, false);
    }

    /**
     * A new version with the customer's values, source CUSTOMER_ENTERED. The status goes back to UNVERIFIED, or
     * stays AWAITING_VERIFICATION while an uploaded document waits for an optician.
     *
     * @throws PrescriptionChanged when {@code expectedLockVersion} is not the latest
     */
    @Transactional
    @PreAuthorize(CUSTOMER)
    public void amend(PrescriptionId id, long expectedLockVersion, PrescriptionDraft draft) {
        CustomerId customer = me();
        Head head = mine(id);
        checkLock(head, expectedLockVersion);
        Resolved values = resolve(customer, draft, true);
        checkKind(head, values);
        RxStatus status = head.status() == RxStatus.AWAITING_VERIFICATION ? RxStatus.AWAITING_VERIFICATION
                : RxStatus.UNVERIFIED;
        amend(head, expectedLockVersion, values, RxSource.CUSTOMER_ENTERED, status, null, null, actor());
        audit(AuditAction.RX_AMENDED, id, "Amended by the customer");
    }

    /**
     * Uploads a PDF, JPEG or PNG (by content, at most {@link #MAX_DOCUMENT_BYTES}). Without {@code attachTo} a new
     * prescription without values (source UPLOADED_DOCUMENT, issued today until transcribed) waits for staff to
     * transcribe it; with it, that prescription waits for verification again (a new version).
     *
     * @throws PrescriptionExceptions.RxDocumentRejected for a file of another type, an empty or a too large one
     */
    @Transactional
    @PreAuthorize(CUSTOMER)
    public PrescriptionId uploadDocument(@Nullable PrescriptionId attachTo, WearerId wearer, RxKind kind,
                                         String fileName, byte[] content) {
        return upload(me(), attachTo, wearer, kind, fileName, content, actor());
    }

    /** @throws PrescriptionNotFound unless the document belongs to the signed-in customer */
    @PreAuthorize(CUSTOMER)
    public StoredRxDocument myDocument(RxDocumentId id) {
        DocumentRow row = store.document(id).filter(d -> d.customer().equals(me()))
                .orElseThrow(() -> new PrescriptionNotFound("This document was not found."));
        return load(row);
    }

    // staff side ---------------------------------------------------------------------------------------

    /** Customers by name or e-mail (partial, case-insensitive), by name. */
    @PreAuthorize(STAFF)
    public Page<CustomerSummary> findCustomers(String query, Pageable page) {
        List<CustomerSummary> rows = store.findCustomers(query, page.getPageSize(), page.getOffset());
        return new PageImpl<>(rows, page, store.countCustomers(query));
    }

    /** The customer's wearers, account holder first (created on first use). */
    @Transactional
    @PreAuthorize(STAFF)
    public List<Wearer> wearersOf(CustomerId customer) {
        requireCustomer(customer);
        return wearers(customer);
    }

    @Transactional
    @PreAuthorize(STAFF)
    public WearerId addWearerFor(CustomerId customer, String name, @Nullable LocalDate birthDate) {
        requireCustomer(customer);
        return addWearer(customer, name, birthDate, actor());
    }

    /** Current versions of a customer's prescriptions, newest first. One audit entry naming the customer. */
    @Transactional
    @PreAuthorize(STAFF)
    public List<PrescriptionView> prescriptionsOf(CustomerId customer) {
        requireCustomer(customer);
        List<PrescriptionView> views = views(store.currentVersions(customer));
        audit.record(AuditRecord.of(actor(), AuditAction.RX_VIEWED, "customer", customer,
                "Prescriptions of the customer (" + views.size() + ")"));
        return views;
    }

    /** The current version. Audited. */
    @Transactional
    @PreAuthorize(STAFF)
    public PrescriptionView prescription(PrescriptionId id) {
        PrescriptionView view = current(id);
        audit(AuditAction.RX_VIEWED, id, "Version " + view.version());
        return view;
    }

    /** Every version, newest first. Audited. */
    @Transactional
    @PreAuthorize(STAFF)
    public List<PrescriptionView> history(PrescriptionId id) {
        List<PrescriptionView> versions = views(store.history(id));
        if (versions.isEmpty()) {
            throw new PrescriptionNotFound();
        }
        audit(AuditAction.RX_VIEWED, id, "History (" + versions.size() + " versions)");
        return versions;
    }

    /**
     * Enters a prescription from paper. STAFF_ENTERED stays UNVERIFIED; VERIFIED_WITH_PRESCRIBER (opticians and
     * admins only) makes it VERIFIED by the staff member and publishes {@link PrescriptionVerified}.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public PrescriptionId enterFor(CustomerId customer, PrescriptionDraft draft, RxSource source) {
        requireCustomer(customer);
        RxStatus status = staffStatus(source);
        store.ensureAccountHolder(customer, actor(), clock.instant());
        Resolved values = resolve(customer, draft, true);
        PrescriptionId id = create(customer, values, source, status, actor());
        if (status == RxStatus.VERIFIED) {
            events.publishEvent(new PrescriptionVerified(id, customer));
        }
        return id;
    }

    /**
     * A new version with staff-entered values; the same source rules as {@link #enterFor}. An entry that does not
     * verify it leaves a prescription whose document awaits verification in the queue (as a customer's amendment
     * does): only an optician's verification or rejection takes it out.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public void amendAsStaff(PrescriptionId id, long expectedLockVersion, PrescriptionDraft draft, RxSource source) {
        Head head = store.head(id).orElseThrow(PrescriptionNotFound::new);
        checkLock(head, expectedLockVersion);
        RxStatus status = staffStatus(source);
        if (status == RxStatus.UNVERIFIED && head.status() == RxStatus.AWAITING_VERIFICATION) {
            status = RxStatus.AWAITING_VERIFICATION;
        }
        Resolved values = resolve(head.customer(), draft, true);
        checkKind(head, values);
        Instant now = clock.instant();
        boolean verified = status == RxStatus.VERIFIED;
        amend(head, expectedLockVersion, values, source, status, verified ? actor() : null, verified ? now : null,
                actor());
        audit(AuditAction.RX_AMENDED, id, "Amended by staff (" + source.label() + ")");
        if (verified) {
            events.publishEvent(new PrescriptionVerified(id, head.customer()));
        }
    }

    /** Prescriptions awaiting verification, the longest waiting first. */
    @PreAuthorize(STAFF)
    public List<VerificationTask> verificationQueue() {
        return store.awaitingVerification();
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
    @PreAuthorize(VERIFIERS)
    public void verify(PrescriptionId id, long expectedLockVersion, PrescriptionDraft transcribed,
                       boolean confirmedWithPrescriber) {
        Head head = store.head(id).orElseThrow(PrescriptionNotFound::new);
        checkLock(head, expectedLockVersion);
        if (head.status() == RxStatus.VERIFIED) {
            throw new InvalidPrescription("status", "This prescription is verified already. Amend it to change it.");
        }
        Resolved values = resolve(head.customer(), transcribed, true);
        checkKind(head, values);
        RxSource source = confirmedWithPrescriber ? RxSource.VERIFIED_WITH_PRESCRIBER
                : store.currentVersion(id).map(VersionRow::source).orElseThrow();
        amend(head, expectedLockVersion, values, source, RxStatus.VERIFIED, actor(), clock.instant(), actor());
        audit(AuditAction.RX_VERIFIED, id, confirmedWithPrescriber ? "Verified with the prescriber" : "Verified");
        events.publishEvent(new PrescriptionVerified(id, head.customer()));
    }

    /**
     * A new version with the same values, REJECTED with the reason (which the customer sees).
     *
     * @throws InvalidPrescription for a blank reason ({@code reason})
     */
    @Transactional
    @PreAuthorize(VERIFIERS)
    public void reject(PrescriptionId id, long expectedLockVersion, String reason) {
        Head head = store.head(id).orElseThrow(PrescriptionNotFound::new);
        checkLock(head, expectedLockVersion);
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
        Payload payload = open(current);
        int version = advance(id, expectedLockVersion, RxStatus.REJECTED);
        insert(id, version, current.wearer(), current.issuedOn(), current.expiresOn(),
                current.policyJurisdiction(), current.source(), RxStatus.REJECTED,
                null, null, why, payload, actor());
        audit(AuditAction.RX_REJECTED, id, "Rejected: " + why);
    }

    /** A document uploaded at the counter (a scan of the paper prescription); the same rules as the customer's. */
    @Transactional
    @PreAuthorize(STAFF)
    public PrescriptionId uploadDocumentFor(CustomerId customer, @Nullable PrescriptionId attachTo, WearerId wearer,
                                            RxKind kind, String fileName, byte[] content) {
        requireCustomer(customer);
        return upload(customer, attachTo, wearer, kind, fileName, content, actor());
    }

    /**
     * A relative link {@code /rx-documents/{id}?expires=...&by=...&signature=...} that shows the document for
     * {@link #LINK_VALIDITY}. Audited as a document view when made, and again each time it is opened, in the name of
     * the staff member it was made for ({@code by} is part of what is signed).
     */
    @Transactional
    @PreAuthorize(STAFF)
    public String documentLink(RxDocumentId id) {
        DocumentRow row = store.document(id).orElseThrow(() -> new PrescriptionNotFound("This document was not found."));
        long expires = clock.instant().plus(LINK_VALIDITY).getEpochSecond();
        audit.record(AuditRecord.of(actor(), AuditAction.RX_DOCUMENT_VIEWED, "prescription", row.prescription(),
                "Signed link to document " + id + " (" + row.info().contentType() + ")"));
        String by = actor();
        return "/rx-documents/" + id + "?expires=" + expires + "&by="
                + URLEncoder.encode(by, StandardCharsets.UTF_8) + "&signature=" + signature(id, expires, by);
    }

    /** The document itself, for showing inside the backoffice. Audited as a document view. */
    @Transactional
    @PreAuthorize(STAFF)
    public StoredRxDocument document(RxDocumentId id) {
        DocumentRow row = store.document(id).orElseThrow(() -> new PrescriptionNotFound("This document was not found."));
        audit.record(AuditRecord.of(actor(), AuditAction.RX_DOCUMENT_VIEWED, "prescription", row.prescription(),
                "Document " + id + " (" + row.info().contentType() + ")"));
        return load(row);
    }

    /**
     * The document behind a signed link: the signature is the authorisation. Each opening is audited as a document
     * view by the staff member the link was made for.
     *
     * @throws InvalidDocumentLink for a wrong signature or an expired link
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public StoredRxDocument openSigned(RxDocumentId id, long expires, String by, String signature) {
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException malformed) {
            throw new InvalidDocumentLink();
        }
        byte[] expected = keys.sign(linkMessage(id, expires, by));
        if (!RxKeyring.sameBytes(expected, given)) {
            throw new InvalidDocumentLink();
        }
        long now = clock.instant().getEpochSecond();
        if (now > expires || expires - now > LINK_VALIDITY.toSeconds() + 60) {
            throw new InvalidDocumentLink();
        }
        DocumentRow row = store.document(id).orElseThrow(() -> new PrescriptionNotFound("This document was not found."));
        audit.record(AuditRecord.of(by, AuditAction.RX_DOCUMENT_VIEWED, "prescription", row.prescription(),
                "Opened document " + id + " (" + row.info().contentType() + ") through a signed link"));
        return load(row);
    }

    String signature(RxDocumentId id, long expires, String by) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(keys.sign(linkMessage(id, expires, by)));
    }

    private static String linkMessage(RxDocumentId id, long expires, String by) {
        return "rx-document:" + id + ":" + expires + ":" + by;
    }

    // the work, for the public methods, demo data and tests ---------------------------------------------

    /** A draft checked and completed: the expiry is known, texts are trimmed. */
    record Resolved(WearerId wearer, RxKind kind, @Nullable OpticalRx rx, LocalDate issuedOn, LocalDate expiresOn,
                    @Nullable String policyJurisdiction, @Nullable String prescriber, @Nullable String notes) {
    }

    Resolved resolve(CustomerId customer, PrescriptionDraft draft, boolean valuesRequired) {
        if (draft.wearer() == null || store.wearer(customer, draft.wearer()).isEmpty()) {
            throw new InvalidPrescription("wearer", "Choose who the prescription is for.");
        }
        if (draft.kind() == null) {
            throw new InvalidPrescription("kind", "Choose spectacles or contact lenses.");
        }
        OpticalRx rx = draft.rx();
        if (rx == null && valuesRequired) {
            throw new InvalidPrescription("rx", "Enter the prescription values, or upload a photo or scan of it.");
        }
        if (rx != null && draft.kind() == RxKind.SPECTACLES && !(rx instanceof SpectacleRx)) {
            throw new InvalidPrescription("kind", "These are contact-lens values; save them as a contact-lens "
                    + "prescription. A contact-lens prescription never makes glasses.");
        }
        if (rx != null && draft.kind() == RxKind.CONTACT_LENSES && !(rx instanceof ContactLensRx)) {
            throw new InvalidPrescription("kind", "These are spectacle values; a spectacle prescription never makes "
                    + "contact lenses. Enter the contact-lens prescription with brand, base curve and diameter.");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate issued = draft.issuedOn();
        if (issued == null) {
            throw new InvalidPrescription("issuedOn", "Enter the date the prescription was issued.");
        }
        List<InvalidPrescription> dates = PrescriptionDraft.dateProblems(issued, draft.expiresOn(), today);
        if (!dates.isEmpty()) {
            throw dates.getFirst();
        }
        LocalDate expires = draft.expiresOn();
        String policy = null;
        if (expires == null) {
            expires = issued.plusMonths(policyMonths(draft.kind()));
            policy = jurisdiction.code();
        }
        return new Resolved(draft.wearer(), draft.kind(), rx, issued, expires, policy,
                text(draft.prescriber(), "prescriber", MAX_PRESCRIBER), text(draft.notes(), "notes", MAX_NOTES));
    }

    /** Months a prescription of that kind is valid in the configured jurisdiction, from the policy table. */
    int policyMonths(RxKind kind) {
        return store.policyMonths(jurisdiction.code(), kind).orElseThrow(() -> new IllegalStateException(
                "No expiry policy for " + jurisdiction.code() + " and " + kind));
    }

    private static @Nullable String text(@Nullable String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidPrescription(field, "Use at most " + max + " characters.");
        }
        return stripped;
    }

    PrescriptionId create(CustomerId customer, Resolved values, RxSource source, RxStatus status, String actor) {
        Instant now = clock.instant();
        PrescriptionId id = PrescriptionId.newId();
        store.insertHead(id, customer, values.kind(), status, now);
        boolean verified = status == RxStatus.VERIFIED;
        insert(id, 1, values.wearer(), values.issuedOn(), values.expiresOn(), values.policyJurisdiction(), source,
                status, verified ? actor : null, verified ? now : null, null,
                new Payload(values.rx(), values.prescriber(), values.notes()), actor);
        audit.record(AuditRecord.of(actor, verified ? AuditAction.RX_VERIFIED : AuditAction.RX_CREATED,
                "prescription", id, values.kind().label() + ", " + source.label()));
        return id;
    }

    void amend(Head head, long expectedLockVersion, Resolved values, RxSource source, RxStatus status,
                       @Nullable String verifiedBy, @Nullable Instant verifiedAt, String actor) {
        int version = advance(head.id(), expectedLockVersion, status);
        insert(head.id(), version, values.wearer(), values.issuedOn(), values.expiresOn(), values.policyJurisdiction(),
                source, status, verifiedBy, verifiedAt, null, new Payload(values.rx(), values.prescriber(), values.notes()),
                actor);
    }

    private int advance(PrescriptionId id, long expectedLockVersion, RxStatus status) {
        return store.advance(id, expectedLockVersion, status, clock.instant()).orElseThrow(() ->
                store.head(id).isPresent() ? new PrescriptionChanged() : new PrescriptionNotFound());
    }

    private void insert(PrescriptionId id, int version, WearerId wearer, LocalDate issuedOn, LocalDate expiresOn,
                        @Nullable String policyJurisdiction, RxSource source, RxStatus status,
                        @Nullable String verifiedBy, @Nullable Instant verifiedAt, @Nullable String rejectionReason,
                        Payload payload, String actor) {
        RxKeyring.Sealed sealed = keys.seal(RxCodec.write(payload), aad(id, version));
        store.insertVersion(new NewVersion(id, version, wearer, issuedOn, expiresOn, policyJurisdiction, source, status,
                payload.rx() != null, verifiedBy, verifiedAt, rejectionReason, sealed, clock.instant(), actor));
    }

    PrescriptionId upload(CustomerId customer, @Nullable PrescriptionId attachTo, WearerId wearer, RxKind kind,
                          String fileName, byte[] content, String actor) {
        RxDocumentFiles.Format format = RxDocumentFiles.sniff(content);
        Instant now = clock.instant();
        store.ensureAccountHolder(customer, actor, now);
        if (store.wearer(customer, wearer).isEmpty()) {
            throw new InvalidPrescription("wearer", "Choose who the prescription is for.");
        }
        PrescriptionId id;
        int version;
        if (attachTo == null) {
            LocalDate today = LocalDate.now(clock);
            Resolved values = new Resolved(wearer, kind, null, today, today.plusMonths(policyMonths(kind)),
                    jurisdiction.code(), null, null);
            id = create(customer, values, RxSource.UPLOADED_DOCUMENT, RxStatus.AWAITING_VERIFICATION, actor);
            version = 1;
        } else {
            Head head = store.headForUpdate(attachTo).filter(h -> h.customer().equals(customer))
                    .orElseThrow(PrescriptionNotFound::new);
            if (head.kind() != kind) {
                throw new InvalidPrescription("kind", "This document is for a " + kind.label().toLowerCase(Locale.ROOT)
                        + " prescription, but the one you chose is for " + head.kind().label().toLowerCase(Locale.ROOT) + ".");
            }
            VersionRow current = store.currentVersion(attachTo).orElseThrow(PrescriptionNotFound::new);
            Payload payload = open(current);
            id = attachTo;
            version = advance(id, head.lockVersion(), RxStatus.AWAITING_VERIFICATION);
            insert(id, version, wearer, current.issuedOn(), current.expiresOn(),
                    current.policyJurisdiction(), current.source(),
                    RxStatus.AWAITING_VERIFICATION, null, null, null, payload, actor);
            audit.record(AuditRecord.of(actor, AuditAction.RX_AMENDED, "prescription", id,
                    "Document uploaded; awaiting verification"));
        }
        RxDocumentId documentId = RxDocumentId.newId();
        var info = new RxDocumentInfo(documentId, RxDocumentFiles.cleanName(fileName, format), format.contentType,
                content.length, now);
        String keyId = files.write(documentId, content);
        store.insertDocument(info, id, customer, version, RxDocumentFiles.sha256(content), keyId, actor);
        return id;
    }

    // reading ------------------------------------------------------------------------------------------

    private PrescriptionView current(PrescriptionId id) {
        return views(store.currentVersion(id).map(List::of).orElseThrow(PrescriptionNotFound::new)).getFirst();
    }

    private List<PrescriptionView> views(List<VersionRow> rows) {
        List<DocumentRow> documents = store.documents(rows.stream().map(VersionRow::id).distinct().toList());
        return rows.stream().map(row -> view(row, documents)).toList();
    }

    private PrescriptionView view(VersionRow row, List<DocumentRow> documents) {
        Payload payload = open(row);
        List<RxDocumentInfo> attached = documents.stream()
                .filter(d -> d.prescription().equals(row.id()) && d.attachedVersion() <= row.version())
                .map(DocumentRow::info).toList();
        return new PrescriptionView(row.id(), row.version(), row.lockVersion(), row.customer(), row.customerName(),
                row.wearer(), row.wearerName(), row.kind(), payload.rx(), row.issuedOn(), row.expiresOn(),
                row.expiryFromPolicy(), payload.prescriber(), row.source(), row.status(), row.verifiedBy(),
                row.verifiedAt(), row.rejectionReason(), payload.notes(), attached, row.createdAt(), row.createdBy());
    }

    private Payload open(VersionRow row) {
        return RxCodec.read(keys.open(row.keyId(), row.sealed(), aad(row.id(), row.version())));
    }

    private StoredRxDocument load(DocumentRow row) {
        return new StoredRxDocument(row.info(), files.read(row.info().id(), row.keyId(), row.sha256()));
    }

    static String aad(PrescriptionId id, int version) {
        return "rx:" + id + ":" + version;
    }

    // helpers ------------------------------------------------------------------------------------------

    List<Wearer> wearers(CustomerId customer) {
        store.ensureAccountHolder(customer, actor(), clock.instant());
        return store.wearers(customer);
    }

    WearerId addWearer(CustomerId customer, String name, @Nullable LocalDate birthDate, String actor) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new InvalidPrescription("name", "Enter the name of the person who wears the glasses or lenses.");
        }
        if (clean.length() > 200) {
            throw new InvalidPrescription("name", "Use at most 200 characters.");
        }
        if (birthDate != null && (birthDate.isAfter(LocalDate.now(clock)) || birthDate.getYear() < 1900)) {
            throw new InvalidPrescription("birthDate", "Enter a birth date in the past, like 2014-05-30.");
        }
        store.ensureAccountHolder(customer, actor, clock.instant());
        if (store.wearers(customer).stream().anyMatch(w -> w.name().equalsIgnoreCase(clean))) {
            throw new InvalidPrescription("name", clean + " is on this account already.");
        }
        WearerId id = WearerId.newId();
        store.insertWearer(id, customer, clean, birthDate, actor, clock.instant());
        return id;
    }

    private Head mine(PrescriptionId id) {
        CustomerId customer = me();
        return store.head(id).filter(h -> h.customer().equals(customer)).orElseThrow(PrescriptionNotFound::new);
    }

    private static void checkLock(Head head, long expectedLockVersion) {
        if (head.lockVersion() != expectedLockVersion) {
            throw new PrescriptionChanged();
        }
    }

    private static void checkKind(Head head, Resolved values) {
        if (head.kind() != values.kind()) {
            throw new InvalidPrescription("kind", "A " + head.kind().label().toLowerCase(Locale.ROOT) + " prescription "
                    + "stays one; add a new prescription for " + values.kind().label().toLowerCase(Locale.ROOT) + ".");
        }
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

    private void requireCustomer(CustomerId customer) {
        if (!store.customerExists(customer)) {
            throw new PrescriptionNotFound("This customer was not found.");
        }
    }

    private void audit(AuditAction action, PrescriptionId id, String details) {
        audit.record(AuditRecord.of(actor(), action, "prescription", id, details));
    }

    private static CustomerId me() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof CustomerPrincipal customer)) {
            throw new IllegalStateException("Not signed in as a customer.");
        }
        return customer.customerId();
    }

    private static String actor() {
        return Actors.current();
    }
}
