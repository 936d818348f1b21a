package dev.focal.notifications;

import dev.focal.procurement.PurchaseOrderSent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns purchase orders sent to suppliers into e-mails with the PO's PDF attached. Idempotent: the PO number is
 * the message's dedup key, so a redelivered event queues nothing new.
 */
@Component
class SupplierEmails {

    private final EmailQueue queue;
    private final EmailTemplates templates;

    SupplierEmails(EmailQueue queue, EmailTemplates templates) {
        this.queue = queue;
        this.templates = templates;
    }

    @ApplicationModuleListener
    void on(PurchaseOrderSent event) {
        queue.queue("purchase-order-sent:" + event.number(), templates.purchaseOrder(event.supplierEmail(),
                event.contactName(), event.supplierName(), event.number(), event.total().toString(), event.expectedOn(),
                event.deliverTo(), event.pdfName(), event.pdf()));
    }
}
