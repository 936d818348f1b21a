package dev.focal.customers;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prescriptions of customers and their family members: versions, documents, verification. Customer methods work
 * on the signed-in customer's own account only (someone else's id is "not found"); staff methods audit every read.
 * Values and documents are encrypted at rest (see docs/prescriptions.md and ADR 0012).
 */
@Service
@Transactional(readOnly = true)
public class Prescriptions {

    /** Largest document accepted. */
    public static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;
    /** How long a signed document link works. */
    public static final Duration LINK_VALIDITY = Duration.ofMinutes(5);

    Prescriptions() {
    }

    // customer side ------------------------------------------------------------------------------------

    /** The signed-in customer's wearers, account holder first (created on first use). */
    @Transactional
    @PreAuthorize("hasRole('CUSTOMER')")
    public List<Wearer> myWearers() {
        throw new UnsupportedOperationException();
    }

    /** Adds a family member to the signed-in customer's account. */
    @Transactional
    @PreAuthorize("hasRole('CUSTOMER')")
    public WearerId addWearer(String name, @Nullable LocalDate birthDate) {
        throw new UnsupportedOperationException();
    }

    /** The current version of each of the signed-in customer's prescriptions, newest first. */
    @PreAuthorize("hasRole('CUSTOMER')")
    public List<PrescriptionView> myPrescriptions() {
        throw new UnsupportedOperationException();
    }

    @PreAuthorize("hasRole('CUSTOMER')")
    public PrescriptionView myPrescription(PrescriptionId id) {
        throw new UnsupportedOperationException();
    }

    /** Every version, newest first. */
    @PreAuthorize("hasRole('CUSTOMER')")
    public List<PrescriptionView> myHistory(PrescriptionId id) {
        throw new UnsupportedOperationException();
    }

    /** Adds a prescription the customer typed in: source CUSTOMER_ENTERED, status UNVERIFIED. */
    @Transactional
    @PreAuthorize("hasRole('CUSTOMER')")
    public PrescriptionId add(PrescriptionDraft draft) {
        throw new UnsupportedOperationException();
    }

    /** A new version with the customer's values; back to UNVERIFIED. */
    @Transactional
    @PreAuthorize("hasRole('CUSTOMER')")
    public void amend(PrescriptionId id, long expectedLockVersion, PrescriptionDraft draft) {
        throw new UnsupportedOperationException();
    }

    /**
     * Uploads a PDF, JPEG or PNG (by content, at most {@link #MAX_DOCUMENT_BYTES}). Without {@code attachTo} a new
     * prescription without values waits for staff to transcribe it; with it, that prescription waits for
     * verification again.
     */
    @Transactional
    @PreAuthorize("hasRole('CUSTOMER')")
    public PrescriptionId uploadDocument(@Nullable PrescriptionId attachTo, WearerId wearer, RxKind kind,
                                         String fileName, byte[] content) {
        throw new UnsupportedOperationException();
    }

    @PreAuthorize("hasRole('CUSTOMER')")
    public StoredRxDocument myDocument(RxDocumentId id) {
        throw new UnsupportedOperationException();
    }

    // staff side ---------------------------------------------------------------------------------------

    /** Customers by name or e-mail (partial, case-insensitive). */
    @PreAuthorize("hasAnyRole('OPTICIAN','ASSOCIATE','ADMIN')")
    public Page<CustomerSummary> findCustomers(String query, Pageable page) {
        throw new UnsupportedOperationException();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OPTICIAN','ASSOCIATE','ADMIN')")
    public List<Wearer> wearersOf(CustomerId customer) {
        throw new UnsupportedOperationException();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OPTICIAN','ASSOCIATE','ADMIN')")
    public WearerId addWearerFor(CustomerId customer, String name, @Nullable LocalDate birthDate) {
        throw new UnsupportedOperationException();
    }

    /** Current versions of a customer's prescriptions, newest first. Audited. */
    @Transactional
    @PreAuthorize("hasAnyRole('OPTICIAN','ASSOCIATE','ADMIN')")
    public List<PrescriptionView> prescriptionsOf(CustomerId customer) {
        throw new UnsupportedOperationException();
    }

    /** Audited. */
    @Transactional
    @PreAuthorize("hasAnyRole('OPTICIAN','ASSOCIATE','ADMIN')")
    public PrescriptionView prescription(PrescriptionId id) {
        throw new UnsupportedOperationException();
    }

    /** Every version, newest first. Audited. */
    @Transactional
    @PreAuthorize("hasAnyRole('OPTICIAN','ASSOCIATE','ADMIN')")
    public List<PrescriptionView> history(PrescriptionId id) {
        throw new UnsupportedOperationException();
    }

    /** Enters a prescription from paper; VERIFIED_WITH_PRESCRIBER makes it verified by the staff member. */
    @Transactional
    @PreAuthorize("hasAnyRole('OPTICIAN','ASSOCIATE','ADMIN')")
    public PrescriptionId enterFor(CustomerId customer, PrescriptionDraft draft, RxSource source) {
        throw new UnsupportedOperationException();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OPTICIAN','ASSOCIATE','ADMIN')")
    public void amendAsStaff(PrescriptionId id, long expectedLockVersion, PrescriptionDraft draft, RxSource source) {
        throw new UnsupportedOperationException();
    }

    /** Prescriptions awaiting verification, oldest first. */
    @PreAuthorize("hasAnyRole('OPTICIAN','ASSOCIATE','ADMIN')")
    public List<VerificationTask> verificationQueue() {
        throw new UnsupportedOperationException();
    }

    /** Writes the transcribed values as a new, verified version and publishes {@link PrescriptionVerified}. */
    @Transactional
    @PreAuthorize("hasAnyRole('OPTICIAN','ADMIN')")
    public void verify(PrescriptionId id, long expectedLockVersion, PrescriptionDraft transcribed,
                       boolean confirmedWithPrescriber) {
        throw new UnsupportedOperationException();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OPTICIAN','ADMIN')")
    public void reject(PrescriptionId id, long expectedLockVersion, String reason) {
        throw new UnsupportedOperationException();
    }

    /** A relative link {@code /rx-documents/{id}?expires=...&signature=...} valid for {@link #LINK_VALIDITY}. Audited. */
    @Transactional
    @PreAuthorize("hasAnyRole('OPTICIAN','ASSOCIATE','ADMIN')")
    public String documentLink(RxDocumentId id) {
        throw new UnsupportedOperationException();
    }

    /** The document behind a signed link; the signature is the authorisation. */
    @PreAuthorize("permitAll()")
    public StoredRxDocument openSigned(RxDocumentId id, long expires, String signature) {
        throw new UnsupportedOperationException();
    }
}
