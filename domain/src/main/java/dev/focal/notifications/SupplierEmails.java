package dev.focal.notifications;

import dev.focal.procurement.PurchaseOrderMailings;
import dev.focal.procurement.PurchaseOrderSent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns purchase orders sent to suppliers into e-mails with the PO's PDF attached. The event carries no
 * address or document: both come from {@link PurchaseOrderMailings} here, and the message keeps the PDF as
 * sent. Idempotent: the PO number is the message's dedup key, so a redelivered event queues nothing new.
 */
@Component
class SupplierEmails {

    private final EmailQueue queue;
    private final EmailTemplates templates;
    private final PurchaseOrderMailings mailings;

    SupplierEmails(EmailQueue queue, EmailTemplates templates, PurchaseOrderMailings mailings) {
        this.queue = queue;
        this.templates = templates;
        this.mailings = mailings;
    }

    @ApplicationModuleListener
    void on(PurchaseOrderSent event) {
        mailings.forSupplier(event.number()).ifPresent(mailing -> queue.queue("purchase-order-sent:" + event.number(),
                templates.purchaseOrder(mailing.supplierEmail(), mailing.contactName(), mailing.supplierName(),
                        event.number(), event.total().toString(), event.expectedOn(), event.deliverTo(),
                        mailing.pdfName(), mailing.pdf())));
    }
}
