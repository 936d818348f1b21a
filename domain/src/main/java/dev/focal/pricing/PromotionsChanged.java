package dev.focal.pricing;

import java.util.Set;

/**
 * Promotions were created, changed, enabled or disabled (their codes), so prices shown with active promotions
 * may differ now. Published in the writing transaction.
 */
public record PromotionsChanged(Set<String> promotionCodes) {

    public PromotionsChanged {
        promotionCodes = Set.copyOf(promotionCodes);
    }
}
