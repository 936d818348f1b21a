package dev.focal.procurement;

import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the e-mail that sends a PO to its supplier needs: where it goes and the PO as a PDF. For the listener
 * of {@link PurchaseOrderSent} (no signed-in user); staff get the PDF from {@link PurchaseOrders#pdf(String)}.
 */
@Service
@Transactional(readOnly = true)
public class PurchaseOrderMailings {

    /** The supplier's address and contact, and the rendered PO. */
    public record SupplierMailing(String supplierEmail, @Nullable String contactName, String supplierName,
                                  String pdfName, byte[] pdf) {

        public SupplierMailing {
            pdf = pdf.clone();
        }

        @Override
        public byte[] pdf() {
            return pdf.clone();
        }
    }

    private final PurchaseOrderBook book;
    private final Suppliers suppliers;
    private final Locations locations;
    private final PurchaseOrderPdf pdf;

    PurchaseOrderMailings(PurchaseOrderBook book, Suppliers suppliers, Locations locations, PurchaseOrderPdf pdf) {
        this.book = book;
        this.suppliers = suppliers;
        this.locations = locations;
        this.pdf = pdf;
    }

    /** The mailing of a sent PO, rendered as the PO is now (a sent PO no longer changes); empty if unknown. */
    public Optional<SupplierMailing> forSupplier(String number) {
        return book.find(number).flatMap(details -> suppliers.findDetails(details.supplier().code())
                .map(supplier -> new SupplierMailing(supplier.email(), supplier.contactName(), supplier.name(),
                        details.number() + ".pdf", pdf.render(details, supplier,
                                locations.find(details.deliverTo()).map(Location::name).orElse(null)))));
    }
}
