package dev.focal.customers;

import dev.focal.audit.AuditAction;
import dev.focal.audit.AuditLog;
import dev.focal.audit.AuditRecord;
import dev.focal.customers.PrescriptionConfiguration.RxJurisdiction;
import dev.focal.customers.PrescriptionConfiguration.RxDocumentQuota;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The work behind {@link MyPrescriptions}, {@link PrescriptionDesk} and {@link PrescriptionDocuments} (and the demo
 * data): checking a draft, writing a version (sealed with the keyring) or a document, reading versions back as
 * views, and the wearers of an account. It checks no roles and opens no transaction: the public services do; the
 * SQL is in {@link PrescriptionStore}.
 */
@Component
class PrescriptionKeeper {

    private static final int MAX_PRESCRIBER = 200;

    private final PrescriptionStore store;
    private final RxKeyring keys;
    private final RxDocumentFiles files;
    private final AuditLog audit;
    private final Clock clock;
    private final RxJurisdiction jurisdiction;
    private final RxDocumentQuota quota;

    PrescriptionKeeper(PrescriptionStore store, RxKeyring keys, RxDocumentFiles files, AuditLog audit, Clock clock,
                       RxJurisdiction jurisdiction, RxDocumentQuota quota) {
        this.quota = quota;
        this.store = store;
        this.keys = keys;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
        this.jurisdiction = jurisdiction;
    }


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
                text(draft.prescriber(), "prescriber", MAX_PRESCRIBER), text(draft.notes(), "notes", PrescriptionDraft.MAX_NOTES));
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

    int advance(PrescriptionId id, long expectedLockVersion, RxStatus status) {
        return store.advance(id, expectedLockVersion, status, clock.instant()).orElseThrow(() ->
                store.head(id).isPresent() ? new PrescriptionChanged() : new PrescriptionNotFound());
    }

    void insert(PrescriptionId id, int version, WearerId wearer, LocalDate issuedOn, LocalDate expiresOn,
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
        quota.check(store.documentUsageForUpdate(customer), content.length);
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

    PrescriptionView current(PrescriptionId id) {
        return views(store.currentVersion(id).map(List::of).orElseThrow(PrescriptionNotFound::new)).getFirst();
    }

    List<PrescriptionView> views(List<VersionRow> rows) {
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

    Payload open(VersionRow row) {
        return RxCodec.read(keys.open(row.keyId(), row.sealed(), aad(row.id(), row.version())));
    }

    StoredRxDocument load(DocumentRow row) {
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

    Head mine(PrescriptionId id) {
        CustomerId customer = me();
        return store.head(id).filter(h -> h.customer().equals(customer)).orElseThrow(PrescriptionNotFound::new);
    }

    static void checkLock(Head head, long expectedLockVersion) {
        if (head.lockVersion() != expectedLockVersion) {
            throw new PrescriptionChanged();
        }
    }

    static void checkKind(Head head, Resolved values) {
        if (head.kind() != values.kind()) {
            throw new InvalidPrescription("kind", "A " + head.kind().label().toLowerCase(Locale.ROOT) + " prescription "
                    + "stays one; add a new prescription for " + values.kind().label().toLowerCase(Locale.ROOT) + ".");
        }
    }

    void requireCustomer(CustomerId customer) {
        if (!store.customerExists(customer)) {
            throw new PrescriptionNotFound("This customer was not found.");
        }
    }

    void audit(AuditAction action, PrescriptionId id, String details) {
        audit.record(AuditRecord.of(actor(), action, "prescription", id, details));
    }

    static CustomerId me() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof CustomerPrincipal customer)) {
            throw new IllegalStateException("Not signed in as a customer.");
        }
        return customer.customerId();
    }

    static String actor() {
        return Actors.current();
    }
}
