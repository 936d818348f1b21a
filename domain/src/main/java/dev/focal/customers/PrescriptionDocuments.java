package dev.focal.customers;

import dev.focal.audit.AuditAction;
import dev.focal.audit.AuditLog;
import dev.focal.audit.AuditRecord;
import dev.focal.customers.PrescriptionExceptions.InvalidDocumentLink;
import dev.focal.customers.PrescriptionExceptions.PrescriptionNotFound;
import dev.focal.customers.PrescriptionStore.DocumentRow;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prescription documents (uploaded photos and scans) for staff: shown inside the backoffice, or through a short-lived
 * signed link that opens them in a browser tab. Every staff read is audited, and so is each opening of a signed link,
 * in the name of the staff member it was made for. The customer's own download is {@link MyPrescriptions#document}.
 */
@Service
@Transactional(readOnly = true)
public class PrescriptionDocuments {

    /** Largest document accepted. */
    public static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;
    /** How long a signed document link works. */
    public static final Duration LINK_VALIDITY = Duration.ofMinutes(5);

    private final PrescriptionKeeper keeper;
    private final PrescriptionStore store;
    private final RxKeyring keys;
    private final AuditLog audit;
    private final Clock clock;

    PrescriptionDocuments(PrescriptionKeeper keeper, PrescriptionStore store, RxKeyring keys, AuditLog audit,
                          Clock clock) {
        this.keeper = keeper;
        this.store = store;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A relative link {@code /rx-documents/{id}?expires=...&by=...&signature=...} that shows the document for
     * {@link #LINK_VALIDITY}. Audited as a document view when made, and again each time it is opened, in the name of
     * the staff member it was made for ({@code by} is part of what is signed).
     */
    @Transactional
    @PreAuthorize(CustomersAccess.RX_DESK)
    public String link(RxDocumentId id) {
        DocumentRow row = store.document(id).orElseThrow(() -> new PrescriptionNotFound("This document was not found."));
        long expires = clock.instant().plus(LINK_VALIDITY).getEpochSecond();
        audit.record(AuditRecord.of(PrescriptionKeeper.actor(), AuditAction.RX_DOCUMENT_VIEWED, "prescription",
                row.prescription(), "Signed link to document " + id + " (" + row.info().contentType() + ")"));
        String by = PrescriptionKeeper.actor();
        return "/rx-documents/" + id + "?expires=" + expires + "&by="
                + URLEncoder.encode(by, StandardCharsets.UTF_8) + "&signature=" + signature(id, expires, by);
    }

    /** The document itself, for showing inside the backoffice. Audited as a document view. */
    @Transactional
    @PreAuthorize(CustomersAccess.RX_DESK)
    public StoredRxDocument read(RxDocumentId id) {
        DocumentRow row = store.document(id).orElseThrow(() -> new PrescriptionNotFound("This document was not found."));
        audit.record(AuditRecord.of(PrescriptionKeeper.actor(), AuditAction.RX_DOCUMENT_VIEWED, "prescription",
                row.prescription(), "Document " + id + " (" + row.info().contentType() + ")"));
        return keeper.load(row);
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
        return keeper.load(row);
    }

    String signature(RxDocumentId id, long expires, String by) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(keys.sign(linkMessage(id, expires, by)));
    }

    private static String linkMessage(RxDocumentId id, long expires, String by) {
        return "rx-document:" + id + ":" + expires + ":" + by;
    }
}
