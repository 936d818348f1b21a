package dev.focal.backoffice.customers;

import dev.focal.customers.PrescriptionExceptions.InvalidDocumentLink;
import dev.focal.customers.PrescriptionExceptions.PrescriptionNotFound;
import dev.focal.customers.PrescriptionDocuments;
import dev.focal.customers.RxDocumentId;
import dev.focal.customers.StoredRxDocument;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves prescription documents to staff through the short-lived links that {@link PrescriptionDocuments#link}
 * makes (and audits). A link opens only for the staff member it was made for, in the backoffice session it was
 * made in ({@link RxDocumentSecurityConfiguration} reads that session; ADR 0020). Never cached, never sniffed,
 * shown inline; the backoffice may frame it (the verification screen shows the document beside the entry form),
 * no other site may.
 */
@RestController
class RxDocumentController {

    private final PrescriptionDocuments prescriptions;

    RxDocumentController(PrescriptionDocuments prescriptions) {
        this.prescriptions = prescriptions;
    }

    @GetMapping("/rx-documents/{id}")
    ResponseEntity<byte[]> document(@PathVariable String id, @RequestParam(defaultValue = "0") long expires,
                                    @RequestParam(defaultValue = "") String by,
                                    @RequestParam(defaultValue = "") String signature, HttpServletRequest request) {
        RxDocumentId documentId;
        try {
            documentId = RxDocumentId.parse(id);
        } catch (IllegalArgumentException malformed) {
            throw new InvalidDocumentLink();
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            throw new InvalidDocumentLink();
        }
        StoredRxDocument document = prescriptions.openLink(documentId, expires, by, signature, session.getId());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.info().contentType()))
                .contentLength(document.content().length)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(document.info().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "SAMEORIGIN")
                // Only the backoffice may frame it; the content is never HTML (sniffed type, nosniff), so no
                // further policy is needed, and a stricter one keeps browsers' PDF viewers from working.
                .header("Content-Security-Policy", "frame-ancestors 'self'")
                .header("Referrer-Policy", "no-referrer")
                .body(document.content());
    }

    @ExceptionHandler(InvalidDocumentLink.class)
    ResponseEntity<String> invalid(InvalidDocumentLink e) {
        return plain(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> denied(AccessDeniedException e) {
        return plain(HttpStatus.FORBIDDEN, "You may not see prescription documents.");
    }

    @ExceptionHandler(PrescriptionNotFound.class)
    ResponseEntity<String> notFound(PrescriptionNotFound e) {
        return plain(HttpStatus.NOT_FOUND, e.getMessage());
    }

    private static ResponseEntity<String> plain(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff").body(message);
    }
}
