package dev.focal.backoffice.customers;

import dev.focal.customers.CustomersAccess;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.ui.StaffAccess;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import dev.focal.customers.CustomerId;
import dev.focal.customers.PrescriptionDocuments;
import dev.focal.customers.PrescriptionId;
import dev.focal.customers.RxDocumentId;
import dev.focal.customers.PrescriptionView;
import dev.focal.customers.RxStatus;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** What the prescription screens share: who may verify, how statuses and dates look, ids from the URL. */
final class Prescribing {

    private Prescribing() {
    }

    /** Opticians and admins verify and reject (associates enter prescriptions and read the queue). */
    static boolean canVerify() {
        return StaffAccess.allows(CustomersAccess.RX_VERIFIERS);
    }

    static Span status(RxStatus status) {
        return Formats.badge(status.label(), switch (status) {
            case UNVERIFIED -> "contrast";
            case AWAITING_VERIFICATION -> "";
            case VERIFIED -> "success";
            case REJECTED -> "error";
        });
    }

    /** The expiry date, with "expired" in red when it has passed and "(policy)" when not written on the Rx. */
    static Span expiry(PrescriptionView rx, LocalDate today) {
        var cell = new Span("Expires " + Formats.date(rx.expiresOn()) + (rx.expiryFromPolicy() ? " (policy)" : ""));
        cell.addClassName("rx-expiry");
        if (rx.expiredOn(today)) {
            cell.add(Formats.badge("Expired", "error"));
            cell.addClassName("expired");
        }
        if (rx.expiryFromPolicy()) {
            cell.getElement().setAttribute("title", "Not written on the prescription: from the expiry policy");
        }
        return cell;
    }

    /** A date field that takes the date typed as 2026-03-01, 1.3.2026 or 01/03/2026. */
    static DatePicker datePicker(String label) {
        var picker = new DatePicker(label);
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("yyyy-MM-dd", "d.M.yyyy", "dd/MM/yyyy", "d.M.yy", "yyyyMMdd");
        i18n.setFirstDayOfWeek(1);
        picker.setI18n(i18n);
        picker.setAutoOpen(false);
        picker.setPlaceholder("yyyy-mm-dd");
        return picker;
    }

    /**
     * A link that opens a document in this backoffice session only ({@code /rx-documents/...}, ADR 0020), as the
     * browser must open it: under the servlet context path, outside the backoffice's {@code /admin}, where the
     * session cookie (path: the context root) is sent too.
     */
    static String documentUrl(PrescriptionDocuments documents, RxDocumentId id) {
        var servlet = com.vaadin.flow.server.VaadinServlet.getCurrent();
        String context = servlet == null ? "" : servlet.getServletContext().getContextPath();
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        String sessionId = session == null || session.getSession() == null ? "" : session.getSession().getId();
        return context + documents.link(id, sessionId);
    }

    /**
     * Whether the picker holds text it could not read as a date ("31.13.2026"): its value is then empty, which must
     * not be taken for "no date". Ask it only of an empty, optional picker (for a required one, empty counts too).
     */
    static boolean unreadable(DatePicker picker) {
        return picker.getValue() == null && picker.getDefaultValidator().apply(null, null).isError();
    }

    static Optional<CustomerId> customerId(String text) {
        return uuid(text).map(CustomerId::new);
    }

    static Optional<PrescriptionId> prescriptionId(String text) {
        return uuid(text).map(PrescriptionId::new);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
