package dev.focal.customers;

import dev.focal.audit.AuditAction;
import dev.focal.customers.PrescriptionExceptions.InvalidPrescription;
import dev.focal.customers.PrescriptionExceptions.PrescriptionChanged;
import dev.focal.customers.PrescriptionExceptions.PrescriptionNotFound;
import dev.focal.customers.PrescriptionStore.Head;
import dev.focal.customers.PrescriptionKeeper.Resolved;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in customer's own prescriptions and family members (wearers), for the storefront and
 * {@code /api/v1/me/rx}: list, add, change, upload and download. Every method works on the signed-in customer's
 * account only: someone else's prescription, wearer or document is "not found". Every change is a new version
 * (insert-only) and is audited; a stale lock version throws {@link PrescriptionChanged} and writes nothing. Values and
 * documents are encrypted at rest (docs/prescriptions.md, ADR 0012).
 */
@Service
@Transactional(readOnly = true)
public class MyPrescriptions {


    private final PrescriptionKeeper keeper;
    private final PrescriptionStore store;
    private final Clock clock;

    MyPrescriptions(PrescriptionKeeper keeper, PrescriptionStore store, Clock clock) {
        this.keeper = keeper;
        this.store = store;
        this.clock = clock;
    }

    /** The signed-in customer's wearers, account holder first (created on first use). */
    @Transactional
    @PreAuthorize(CustomersAccess.CUSTOMER)
    public List<Wearer> wearers() {
        return keeper.wearers(PrescriptionKeeper.me());
    }

    /** Adds a family member to the signed-in customer's account. */
    @Transactional
    @PreAuthorize(CustomersAccess.CUSTOMER)
    public WearerId addWearer(String name, @Nullable LocalDate birthDate) {
        return keeper.addWearer(PrescriptionKeeper.me(), name, birthDate, PrescriptionKeeper.actor());
    }

    /** The current version of each of the signed-in customer's prescriptions, newest first. */
    @PreAuthorize(CustomersAccess.CUSTOMER)
    public List<PrescriptionView> list() {
        return keeper.views(store.currentVersions(PrescriptionKeeper.me()));
    }

    /** @throws PrescriptionNotFound unless it is one of the signed-in customer's prescriptions */
    @PreAuthorize(CustomersAccess.CUSTOMER)
    public PrescriptionView get(PrescriptionId id) {
        keeper.mine(id);
        return keeper.current(id);
    }

    /** Every version, newest first. */
    @PreAuthorize(CustomersAccess.CUSTOMER)
    public List<PrescriptionView> history(PrescriptionId id) {
        keeper.mine(id);
        return keeper.views(store.history(id));
    }

    /**
     * Adds a prescription the customer typed in: source CUSTOMER_ENTERED, status UNVERIFIED.
     *
     * @throws InvalidPrescription naming the field, when a value is missing or wrong
     */
    @Transactional
    @PreAuthorize(CustomersAccess.CUSTOMER)
    public PrescriptionId add(PrescriptionDraft draft) {
        CustomerId customer = PrescriptionKeeper.me();
        String actor = PrescriptionKeeper.actor();
        store.ensureAccountHolder(customer, actor, clock.instant());
        Resolved values = keeper.resolve(customer, draft, true);
        return keeper.create(customer, values, RxSource.CUSTOMER_ENTERED, RxStatus.UNVERIFIED, actor);
    }

    /**
     * A new version with the customer's values, source CUSTOMER_ENTERED. The status goes back to UNVERIFIED, or
     * stays AWAITING_VERIFICATION while an uploaded document waits for an optician.
     *
     * @throws PrescriptionChanged when {@code expectedLockVersion} is not the latest
     */
    @Transactional
    @PreAuthorize(CustomersAccess.CUSTOMER)
    public void amend(PrescriptionId id, long expectedLockVersion, PrescriptionDraft draft) {
        CustomerId customer = PrescriptionKeeper.me();
        Head head = keeper.mine(id);
        PrescriptionKeeper.checkLock(head, expectedLockVersion);
        Resolved values = keeper.resolve(customer, draft, true);
        PrescriptionKeeper.checkKind(head, values);
        RxStatus status = head.status() == RxStatus.AWAITING_VERIFICATION ? RxStatus.AWAITING_VERIFICATION
                : RxStatus.UNVERIFIED;
        String actor = PrescriptionKeeper.actor();
        keeper.amend(head, expectedLockVersion, values, RxSource.CUSTOMER_ENTERED, status, null, null, actor);
        keeper.audit(AuditAction.RX_AMENDED, id, "Amended by the customer");
    }

    /**
     * Uploads a PDF, JPEG or PNG (by content, at most {@link PrescriptionDocuments#MAX_DOCUMENT_BYTES}). Without
     * {@code attachTo} a new prescription without values (source UPLOADED_DOCUMENT, issued today until transcribed)
     * waits for staff to transcribe it; with it, that prescription waits for verification again (a new version).
     *
     * @throws PrescriptionExceptions.RxDocumentRejected for a file of another type, an empty or a too large one
     */
    @Transactional
    @PreAuthorize(CustomersAccess.CUSTOMER)
    public PrescriptionId upload(@Nullable PrescriptionId attachTo, WearerId wearer, RxKind kind, String fileName,
                                 byte[] content) {
        return keeper.upload(PrescriptionKeeper.me(), attachTo, wearer, kind, fileName, content,
                PrescriptionKeeper.actor());
    }

    /** @throws PrescriptionNotFound unless the document belongs to the signed-in customer */
    @PreAuthorize(CustomersAccess.CUSTOMER)
    public StoredRxDocument document(RxDocumentId id) {
        CustomerId customer = PrescriptionKeeper.me();
        return keeper.load(store.document(id).filter(d -> d.customer().equals(customer))
                .orElseThrow(() -> new PrescriptionNotFound("This document was not found.")));
    }
}
