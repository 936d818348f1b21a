package dev.focal.procurement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders a purchase order as an A4 PDF with PDFBox: letterhead with the shop's name, the supplier's address,
 * number and dates, where to deliver, the lines table (supplier SKU, our SKU, description, quantity, unit
 * cost, line total), the total and the payment terms. Long orders continue on further pages with the table
 * header repeated. Uses the standard Helvetica fonts (no font files), so text is limited to WinAnsi
 * characters; anything else is replaced (the frame size mark "□" becomes "-").
 */
@Component
class PurchaseOrderPdf {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float ROW = 14;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** Left edges of supplier SKU, our SKU and description; right edges of quantity, unit cost and line total. */
    private static final float SUPPLIER_SKU = MARGIN;
    private static final float OUR_SKU = 148;
    private static final float DESCRIPTION = 246;
    private static final float QTY_RIGHT = 410;
    private static final float UNIT_RIGHT = 476;
    private static final float TOTAL_RIGHT = WIDTH - MARGIN;

    private final String shopName;
    private final ZoneId zone;

    PurchaseOrderPdf(@Value("${focal.shop-name:Focal}") String shopName,
                     @Value("${focal.time-zone:Europe/Berlin}") ZoneId zone) {
        this.shopName = shopName;
        this.zone = zone;
    }

    /** @param locationName the deliver-to location's name (its code is on the PO), null when unknown */
    byte[] render(PurchaseOrderDetails po, SupplierDetails supplier, @Nullable String locationName) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Purchase order " + po.number());
            info.setAuthor(safe(shopName));
            info.setSubject("Purchase order " + po.number() + " to " + safe(supplier.name()));
            new Writer(document, po, supplier, locationName).write();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + po.number() + " as PDF", e);
        }
    }

    private final class Writer {
        private final PDDocument document;
        private final PurchaseOrderDetails po;
        private final SupplierDetails supplier;
        private final @Nullable String locationName;
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private @Nullable PDPageContentStream page;
        private float y;
        private int pageNo;

        Writer(PDDocument document, PurchaseOrderDetails po, SupplierDetails supplier, @Nullable String locationName) {
            this.document = document;
            this.po = po;
            this.supplier = supplier;
            this.locationName = locationName;
        }

        void write() throws IOException {
            newPage();
            // Letterhead
            text(bold, 18, MARGIN, y, shopName);
            text(bold, 16, rightX(bold, 16, "PURCHASE ORDER", WIDTH - MARGIN), y, "PURCHASE ORDER");
            y -= 20;
            text(regular, 11, rightX(regular, 11, po.number(), WIDTH - MARGIN), y, po.number());
            y -= 8;
            line(MARGIN, y, WIDTH - MARGIN, y);
            y -= 22;
            float top = y;
            // Supplier block (left)
            text(bold, 9, MARGIN, y, "SUPPLIER");
            y -= ROW;
            text(bold, 10, MARGIN, y, supplier.name());
            y -= ROW;
            for (String addressLine : supplier.address().split("\n")) {
                text(regular, 10, MARGIN, y, addressLine.strip());
                y -= ROW;
            }
            if (supplier.contactName() != null) {
                text(regular, 10, MARGIN, y, "Attn. " + supplier.contactName());
                y -= ROW;
            }
            text(regular, 10, MARGIN, y, supplier.email() + (supplier.phone() == null ? "" : "  ·  " + supplier.phone()));
            float leftBottom = y - ROW;
            // Facts (right)
            float x = 330;
            float fy = top;
            fy = fact(x, fy, "PO number", po.number());
            fy = fact(x, fy, "Order date", DATE.format((po.sentAt() != null ? po.sentAt() : po.createdAt()).atZone(zone)));
            if (po.expectedOn() != null) {
                fy = fact(x, fy, "Delivery by", DATE.format(po.expectedOn()));
            }
            fy = fact(x, fy, "Supplier code", supplier.code());
            fy = fact(x, fy, "Currency", po.supplier().currency());
            fy = fact(x, fy, "Payment terms", supplier.paymentTerms());
            fy -= 6;
            text(bold, 9, x, fy, "DELIVER TO");
            fy -= ROW;
            text(regular, 10, x, fy, shopName + " · " + (locationName == null ? po.deliverTo() : locationName));
            fy -= ROW;
            text(regular, 10, x, fy, "Location " + po.deliverTo());
            y = Math.min(leftBottom, fy - ROW) - 10;
            if (po.note() != null) {
                for (String noteLine : wrap("Note: " + po.note(), regular, 10, WIDTH - 2 * MARGIN)) {
                    text(regular, 10, MARGIN, y, noteLine);
                    y -= ROW;
                }
                y -= 6;
            }
            tableHeader();
            for (PurchaseOrderLine l : po.lines()) {
                List<String> description = wrap(l.description(), regular, 8.5f, QTY_RIGHT - DESCRIPTION - 30);
                float needed = ROW * description.size() + 4;
                if (y - needed < MARGIN + 60) {
                    newPage();
                    tableHeader();
                }
                text(regular, 8, SUPPLIER_SKU, y, fit(l.supplierSku() == null ? "-" : l.supplierSku(), regular, 8,
                        OUR_SKU - SUPPLIER_SKU - 6));
                text(regular, 8, OUR_SKU, y, fit(l.sku(), regular, 8, DESCRIPTION - OUR_SKU - 6));
                String qty = Integer.toString(l.ordered());
                text(regular, 9, rightX(regular, 9, qty, QTY_RIGHT), y, qty);
                String unit = amount(l.unitCost(), Math.max(2, l.unitCost().stripTrailingZeros().scale()));
                text(regular, 9, rightX(regular, 9, unit, UNIT_RIGHT), y, unit);
                String total = amount(l.lineTotal(), 2);
                text(regular, 9, rightX(regular, 9, total, TOTAL_RIGHT), y, total);
                for (String part : description) {
                    text(regular, 8.5f, DESCRIPTION, y, part);
                    y -= ROW - 2;
                }
                text(regular, 7, DESCRIPTION, y + 2, "expected " + DATE.format(l.expectedOn()));
                y -= ROW - 2;
            }
            if (y < MARGIN + 80) {
                newPage();
            }
            line(QTY_RIGHT - 40, y + 6, WIDTH - MARGIN, y + 6);
            y -= 8;
            String total = po.supplier().currency() + " " + amount(po.total().amount(), 2);
            text(bold, 11, QTY_RIGHT - 40, y, "Total");
            text(bold, 11, rightX(bold, 11, total, WIDTH - MARGIN), y, total);
            y -= ROW * 2;
            text(regular, 9, MARGIN, y, "Payment terms: " + supplier.paymentTerms() + ".");
            y -= ROW;
            text(regular, 9, MARGIN, y, "Please confirm this order to the sender and quote " + po.number()
                    + " on the delivery note and invoice.");
            page.close();
        }

        private float fact(float x, float fy, String label, String value) throws IOException {
            text(regular, 9, x, fy, label);
            text(bold, 10, x + 80, fy, value);
            return fy - ROW;
        }

        private void tableHeader() throws IOException {
            text(bold, 9, SUPPLIER_SKU, y, "Supplier SKU");
            text(bold, 9, OUR_SKU, y, "Our SKU");
            text(bold, 9, DESCRIPTION, y, "Description");
            text(bold, 9, rightX(bold, 9, "Qty", QTY_RIGHT), y, "Qty");
            text(bold, 9, rightX(bold, 9, "Unit cost", UNIT_RIGHT), y, "Unit cost");
            text(bold, 9, rightX(bold, 9, "Line total", TOTAL_RIGHT), y, "Line total");
            y -= 5;
            line(MARGIN, y, WIDTH - MARGIN, y);
            y -= ROW;
        }

        private void newPage() throws IOException {
            if (page != null) {
                page.close();
            }
            PDPage p = new PDPage(PDRectangle.A4);
            document.addPage(p);
            page = new PDPageContentStream(document, p);
            pageNo++;
            y = HEIGHT - MARGIN;
            String footer = po.number() + " · page " + pageNo;
            text(regular, 8, rightX(regular, 8, footer, WIDTH - MARGIN), MARGIN - 20, footer);
            if (pageNo > 1) {
                text(bold, 11, MARGIN, y, shopName + " · purchase order " + po.number() + " (continued)");
                y -= 2 * ROW;
            }
        }

        private void text(PDType1Font font, float size, float tx, float ty, String value) throws IOException {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(tx, ty);
            page.showText(safe(value));
            page.endText();
        }

        private void line(float x1, float y1, float x2, float y2) throws IOException {
            page.setLineWidth(0.5f);
            page.moveTo(x1, y1);
            page.lineTo(x2, y2);
            page.stroke();
        }
    }

    private static float rightX(PDType1Font font, float size, String value, float right) throws IOException {
        return right - font.getStringWidth(safe(value)) / 1000 * size;
    }

    /** The text, cut with an ellipsis when it is wider than {@code width}. */
    private static String fit(String value, PDType1Font font, float size, float width) throws IOException {
        String text = safe(value);
        if (font.getStringWidth(text) / 1000 * size <= width) {
            return text;
        }
        while (!text.isEmpty() && font.getStringWidth(text + "…") / 1000 * size > width) {
            text = text.substring(0, text.length() - 1);
        }
        return text + "…";
    }

    private static List<String> wrap(String value, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : safe(value).split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !current.isEmpty()) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private static String amount(BigDecimal value, int scale) {
        return String.format(Locale.ENGLISH, "%,." + scale + "f", value.setScale(scale, RoundingMode.HALF_UP));
    }

    /** Only characters the standard fonts can show: "□" (frame size) becomes "-", others "?". */
    static String safe(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (c == '□') {
                out.append('-');
            } else if (c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
            } else if (WinAnsiEncoding.INSTANCE.contains(GlyphList.getAdobeGlyphList().codePointToName(c))) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }
}
