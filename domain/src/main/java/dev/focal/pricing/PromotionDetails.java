package dev.focal.pricing;

/** A stored promotion: its ID, the version an update must name, and its data. */
public record PromotionDetails(PromotionId id, long version, PromotionDraft draft) {
}
