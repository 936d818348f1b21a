package dev.focal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.IntegrationTest;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The supplier e-mail of a purchase order: its words and the PDF attached to the MIME message. */
@IntegrationTest
class PurchaseOrderEmailTest {

    @Autowired
    EmailTemplates templates;
    @Autowired
    EmailDelivery delivery;

    @Test
    void the_purchase_order_email_carries_the_pdf_as_an_attachment() throws Exception {
        byte[] pdf = "%PDF-1.7 test".getBytes();
        RenderedEmail email = templates.purchaseOrder("orders@supplier.example", "Jana", "Nordlicht", "PO-2026-0042",
                "EUR 120.00", LocalDate.of(2026, 12, 1), "WH1", "PO-2026-0042.pdf", pdf);

        assertThat(email.text()).contains("Hello Jana").contains("PO-2026-0042").contains("EUR 120.00")
                .contains("2026-12-01").contains("WH1");
        var mime = delivery.toMime(new JavaMailSenderImpl(), email, "<po@focal.local>");
        mime.saveChanges();

        var parts = (MimeMultipart) mime.getContent();
        boolean attached = false;
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                assertThat(part.getFileName()).isEqualTo("PO-2026-0042.pdf");
                assertThat(part.getContentType()).startsWith("application/pdf");
                assertThat(part.getInputStream().readAllBytes()).isEqualTo(pdf);
                attached = true;
            }
        }
        assertThat(attached).isTrue();
    }
}
