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
 * signed link that opens them in a browser tab. A link is bound to the staff member and to the backoffice session it
 * was made in (ADR 0020): it opens only in that session, so a copied or leaked link opens nothing for anyone else.
 * Every staff read is audited, and so is each opening of a link. The customer's own download is
 * {@link MyPrescriptions#document}.
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
     * {@link #LINK_VALIDITY}, to the signed-in staff member in the session {@code session} (the id of their
     * backoffice HTTP session) only: the session id is signed with the link but never written into it. Audited as a
     * document view when made, and again each time it is opened.
     */
    @Transactional
    @PreAuthorize(CustomersAccess.RX_DESK)
    public String link(RxDocumentId id, String session) {
        DocumentRow row = store.document(id).orElseThrow(() -> new PrescriptionNotFound("This document was not found."));
        long expires = clock.instant().plus(LINK_VALIDITY).getEpochSecond();
        audit.record(AuditRecord.of(PrescriptionKeeper.actor(), AuditAction.RX_DOCUMENT_VIEWED, "prescription",
                row.prescription(), "Signed link to document " + id + " (" + row.info().contentType() + ")"));
        String by = PrescriptionKeeper.actor();
        return "/rx-documents/" + id + "?expires=" + expires + "&by="
                + URLEncoder.encode(by, StandardCharsets.UTF_8) + "&signature=" + signature(id, expires, by, session);
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
     * The document behind a link, for the staff member signed in now: the link must be signed for this document,
     * for them ({@code by} is the current user) and for their current session, and must not have expired. Each
     * opening is audited as a document view.
     *
     * @throws InvalidDocumentLink for a wrong signature, another user or session, or an expired link
     */
    @Transactional
    @PreAuthorize(CustomersAccess.RX_DESK)
    public StoredRxDocument openLink(RxDocumentId id, long expires, String by, String signature, String session) {
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException malformed) {
            throw new InvalidDocumentLink();
        }
        String actor = PrescriptionKeeper.actor();
        if (!keys.verify(linkMessage(id, expires, by, session), given) || !by.equals(actor)) {
            throw new InvalidDocumentLink();
        }
        long now = clock.instant().getEpochSecond();
        if (now > expires || expires - now > LINK_VALIDITY.toSeconds() + 60) {
            throw new InvalidDocumentLink();
        }
        DocumentRow row = store.document(id).orElseThrow(() -> new PrescriptionNotFound("This document was not found."));
        audit.record(AuditRecord.of(actor, AuditAction.RX_DOCUMENT_VIEWED, "prescription", row.prescription(),
                "Opened document " + id + " (" + row.info().contentType() + ") through a signed link"));
        return keeper.load(row);
    }

    String signature(RxDocumentId id, long expires, String by, String session) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(keys.sign(linkMessage(id, expires, by, session)));
    }

    private static String linkMessage(RxDocumentId id, long expires, String by, String session) {
        return "rx-document:" + id + ":" + expires + ":" + by.length() + ":" + by + ":" + session;
    }
}
