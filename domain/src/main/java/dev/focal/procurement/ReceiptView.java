package dev.focal.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A goods receipt (GR-2026-0001): one delivery against a PO, with the quantities booked per line. */
public record ReceiptView(String number, String poNumber, String locationCode, String receivedBy, Instant receivedAt,
                          @Nullable String note, List<Line> lines) {

    public ReceiptView {
        lines = List.copyOf(lines);
    }

    public record Line(int poLineNo, String sku, String description, int quantity, int damaged, @Nullable String lot,
                       @Nullable LocalDate expiresOn, @Nullable String binCode, BigDecimal unitCost) {
    }

    public int quantity() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }

    public int damaged() {
        return lines.stream().mapToInt(Line::damaged).sum();
    }
}
