package dev.focal.procurement;

import dev.focal.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the reorder job proposes to order from one supplier, line by line with the math. Accepted proposals
 * name the draft POs they became ({@code poNumbers}); snoozed ones the date until which their SKUs are not
 * proposed again.
 */
public record ReorderProposal(UUID id, String supplierCode, String supplierName, String currency,
                              ReorderProposalStatus status, Instant createdAt, Instant updatedAt,
                              @Nullable LocalDate snoozedUntil, @Nullable String decidedBy, List<String> poNumbers,
                              long version, List<ReorderProposalLine> lines) {

    public ReorderProposal {
        poNumbers = List.copyOf(poNumbers);
        lines = List.copyOf(lines);
    }

    public Money total() {
        Money total = Money.zero(java.util.Currency.getInstance(currency));
        for (ReorderProposalLine line : lines) {
            total = total.plus(new Money(line.lineTotal(), total.currency()));
        }
        return total;
    }
}
